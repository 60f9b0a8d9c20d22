package dev.migrationstudio.core.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentPatchTest {
    private final IntentGraph graph = new IntentGraph(GraphMode.BROWNFIELD_MANAGED,
            ManagedScope.of(java.util.stream.Stream.of("public"), List.of()),
            List.of(object("public.accounts", "0.75"), object("public.account_events", "0.98"),
                    object("public.notes", "0.35")), List.of(), List.of());

    private static IntentObject object(String id, String confidence) {
        BigDecimal score = new BigDecimal(confidence);
        return new IntentObject(id, ObjectType.TABLE, ManagedStatus.fromConfidence(score), score, Presence.BOTH,
                List.of(), IntentObject.FROM_CONFIDENCE);
    }

    @Test
    void setsTheStatusOfOneObject() throws Exception {
        IntentGraph patched = new IntentPatch().apply(graph,
                new IntentPatch.SetStatus("public.accounts", ManagedStatus.MANAGED));
        IntentObject accounts = patched.object("public.accounts").orElseThrow();
        assertThat(accounts.managedStatus()).isEqualTo(ManagedStatus.MANAGED);
        assertThat(accounts.statusSource()).isEqualTo(IntentObject.FROM_USER);
        assertThat(patched.object("public.notes").orElseThrow().managedStatus()).isEqualTo(ManagedStatus.OPAQUE);
    }

    @Test
    void excludesAnObjectAndRecordsTheExclusion() throws Exception {
        IntentGraph patched = new IntentPatch().apply(graph, new IntentPatch.Exclude("public.notes"));
        assertThat(patched.object("public.notes").orElseThrow().managedStatus()).isEqualTo(ManagedStatus.EXCLUDED);
        assertThat(patched.managedScope().explicitExclusions()).containsExactly("public.notes");
    }

    @Test
    void refusesUnknownIdsWithNearMatches() {
        assertThatThrownBy(() -> new IntentPatch().apply(graph, new IntentPatch.Exclude("public.acounts")))
                .isInstanceOf(UnknownObjectException.class)
                .hasMessage("No object 'public.acounts' in the intent graph; did you mean: public.accounts?")
                .satisfies(e -> assertThat(((UnknownObjectException) e).nearMatches())
                        .containsExactly("public.accounts"));
        assertThatThrownBy(() -> new IntentPatch().apply(graph, new IntentPatch.Exclude("zzz")))
                .hasMessage("No object 'zzz' in the intent graph");
    }

    @Test
    void nearMatchesFindBareNamesAndRankByDistance() {
        List<String> ids = List.of("public.accounts", "public.account_events", "public.notes");
        assertThat(NearMatches.of("accounts", ids, 5)).containsExactly("public.accounts");
        assertThat(NearMatches.of("account", ids, 5)).containsExactly("public.accounts", "public.account_events");
        assertThat(NearMatches.of("public.note", ids, 5)).containsExactly("public.notes");
        assertThat(NearMatches.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void onlyManagedOrAssistedCanBeSetByHand() {
        assertThatThrownBy(() -> new IntentPatch.SetStatus("public.notes", ManagedStatus.OPAQUE))
                .hasMessageContaining("managed or assisted");
    }
}
