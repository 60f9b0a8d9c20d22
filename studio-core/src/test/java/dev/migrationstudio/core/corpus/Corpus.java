package dev.migrationstudio.core.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The realistic migration histories under {@code studio-core/src/test/resources/corpus}, for any module's tests.
 * Found on the test classpath when it is a directory, else by path from the module directory (surefire's working
 * directory), so the bridges can use it through the core test-jar.
 */
public final class Corpus {
    public static final String SUPABASE_SAAS = "supabase-saas";
    public static final String PLAIN_POSTGRES = "plain-postgres";
    public static final String LIQUIBASE = "liquibase";

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private Corpus() {
    }

    public static Path root() {
        URL marker = Corpus.class.getResource("/corpus/README.md");
        if (marker != null && "file".equals(marker.getProtocol())) {
            try {
                return Path.of(marker.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot read corpus location " + marker, e);
            }
        }
        Path cwd = Path.of(System.getProperty("user.dir"));
        for (Path candidate : List.of(cwd.resolve("src/test/resources/corpus"),
                cwd.resolve("../studio-core/src/test/resources/corpus"),
                cwd.resolve("studio-core/src/test/resources/corpus"))) {
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("corpus not found on the test classpath nor under " + cwd
                + "; run the tests from the repository or a module directory");
    }

    /** The Flyway versioned scripts of one history, in version order. */
    public static List<Path> flywayScripts(String history) {
        try (Stream<Path> files = Files.list(root().resolve(history))) {
            return files.filter(f -> VERSIONED.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Corpus::version, Corpus::compareVersions))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .sql file of the corpus, the platform init included, in a stable order. */
    public static List<Path> allSqlFiles() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] version(Path file) {
        Matcher m = VERSIONED.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file + " is not a Flyway versioned script");
        }
        return m.group(1).split("[._]");
    }

    private static int compareVersions(String[] a, String[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? Long.parseLong(a[i]) : 0;
            long y = i < b.length ? Long.parseLong(b[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }
}
