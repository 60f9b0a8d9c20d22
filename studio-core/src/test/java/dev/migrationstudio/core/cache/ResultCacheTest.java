package dev.migrationstudio.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    @Test
    void returnsWhatWasStoredUnderTheSameKindAndKeyOnly(@TempDir Path dir) throws Exception {
        ResultCache cache = new ResultCache(dir, "build-1");
        cache.write("lint", "key-a", new ArrayList<>(List.of("finding")));

        assertThat(cache.read("lint", "key-a", ArrayList.class)).contains(new ArrayList<>(List.of("finding")));
        assertThat(cache.read("lint", "key-b", ArrayList.class)).isEmpty();
        assertThat(cache.read("rls", "key-a", ArrayList.class)).isEmpty();
        assertThat(cache.read("lint", "key-a", String.class)).as("another type").isEmpty();
    }

    @Test
    void aResultOfAnotherBuildIsNotTrusted(@TempDir Path dir) throws Exception {
        new ResultCache(dir, "build-1").write("lint", "key", "old rules' result");

        assertThat(new ResultCache(dir, "build-2").read("lint", "key", String.class)).isEmpty();
    }

    @Test
    void aNewResultReplacesTheLastAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        ResultCache cache = new ResultCache(dir, "build-1");
        cache.write("lint", "key-1", "first");
        cache.write("lint", "key-2", "second");

        assertThat(cache.read("lint", "key-1", String.class)).isEmpty();
        assertThat(cache.read("lint", "key-2", String.class)).contains("second");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("lint.bin");
        }
    }

    @Test
    void aDamagedOrMissingResultIsAMiss(@TempDir Path dir) throws Exception {
        ResultCache cache = new ResultCache(dir.resolve("not-yet"), "build-1");
        assertThat(cache.read("lint", "key", String.class)).isEmpty();

        ResultCache damaged = new ResultCache(dir, "build-1");
        damaged.write("lint", "key", "value");
        byte[] bytes = Files.readAllBytes(dir.resolve("lint.bin"));
        Files.write(dir.resolve("lint.bin"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(damaged.read("lint", "key", String.class)).isEmpty();
    }
}
