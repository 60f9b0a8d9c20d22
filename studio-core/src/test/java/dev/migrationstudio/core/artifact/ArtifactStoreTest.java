package dev.migrationstudio.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStoreTest {
    @TempDir
    Path root;

    record Sample(String name, Map<String, Integer> counts, List<String> items) {
    }

    @Test
    void writesTheEnvelopeAtTheDesignPathWithStableKeyOrder() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
        ArtifactStore store = new ArtifactStore(root, "test", clock);
        Path written = store.write(ArtifactId.SCHEMA_SNAPSHOT, new Sample("x", Map.of("b", 2, "a", 1), List.of("z", "y")));

        assertThat(written).isEqualTo(root.resolve("studio.schema.snapshot/1.0.0/latest.json"));
        String json = Files.readString(written);
        assertThat(json.replaceAll("\\s+", "")).isEqualTo("{\"id\":\"studio.schema.snapshot\",\"version\":\"1.0.0\","
                + "\"producedBy\":\"test\",\"producedAt\":\"2026-01-02T03:04:05.678Z\",\"data\":{\"name\":\"x\","
                + "\"counts\":{\"a\":1,\"b\":2},\"items\":[\"z\",\"y\"]}}");
        try (var files = Files.list(written.getParent())) {
            assertThat(files).containsExactly(written);
        }
    }

    @Test
    void twoWritesOfTheSameDataAreIdenticalButForTheTimestamp() throws Exception {
        ArtifactStore store = new ArtifactStore(root, "test");
        Sample sample = new Sample("x", Map.of("k", 1), List.of());
        String first = Files.readString(store.write(ArtifactId.SQL_AST, sample));
        String second = Files.readString(store.write(ArtifactId.SQL_AST, sample));
        assertThat(first.replaceAll("\"producedAt\" : \"[^\"]+\"", ""))
                .isEqualTo(second.replaceAll("\"producedAt\" : \"[^\"]+\"", ""));
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        ArtifactStore store = new ArtifactStore(root, "test");
        Sample sample = new Sample("x", Map.of("k", 1), List.of("a"));
        store.write(ArtifactId.INTENT_GRAPH, sample);
        assertThat(store.read(ArtifactId.INTENT_GRAPH, Sample.class)).get()
                .satisfies(envelope -> assertThat(envelope.data()).isEqualTo(sample));
        assertThat(store.read(ArtifactId.RELEASE_GATE, Sample.class)).isEmpty();
    }

    @Test
    void aFailedWriteLeavesThePreviousArtifactIntact() throws Exception {
        ArtifactStore store = new ArtifactStore(root, "test");
        Path written = store.write(ArtifactId.RLS_PLAN, new Sample("old", Map.of(), List.of()));
        String before = Files.readString(written);
        Object unserializable = new Object() {
            public Object getSelf() {
                throw new IllegalStateException("boom");
            }
        };
        try {
            store.write(ArtifactId.RLS_PLAN, unserializable);
        } catch (Exception expected) {
            // the write fails; the point is what it leaves behind
        }
        assertThat(Files.readString(written)).isEqualTo(before);
        try (var files = Files.list(written.getParent())) {
            assertThat(files).containsExactly(written);
        }
    }
}
