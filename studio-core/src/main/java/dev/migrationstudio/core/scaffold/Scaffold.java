package dev.migrationstudio.core.scaffold;

import java.util.List;

/**
 * What a generator produced: the migrations to write, in order, and what the person should know about them
 * ({@code "public.todos has row level security and no policy yet"}).
 */
public record Scaffold(List<MigrationDraft> migrations, List<String> warnings) {
    public Scaffold {
        migrations = List.copyOf(migrations);
        warnings = List.copyOf(warnings);
        if (migrations.isEmpty()) {
            throw new IllegalArgumentException("A scaffold writes at least one migration");
        }
    }

    public static Scaffold of(MigrationDraft draft, String... warnings) {
        return new Scaffold(List.of(draft), List.of(warnings));
    }
}
