package dev.migrationstudio.core.sql.parse;

import java.util.List;

/**
 * {@code LIKE source [INCLUDING|EXCLUDING option]...} inside CREATE TABLE.
 *
 * @param included the options left included ({@code defaults}, {@code constraints}, {@code identity}, ...), lower case
 * @param position how many columns the statement declares before the LIKE clause
 */
public record TableLike(QualifiedName source, List<String> included, int position) {
    /** What {@code INCLUDING ALL} stands for. */
    public static final List<String> ALL_OPTIONS = List.of("comments", "compression", "constraints", "defaults",
            "generated", "identity", "indexes", "statistics", "storage");

    public TableLike {
        included = List.copyOf(included);
    }

    public boolean includes(String option) {
        return included.contains(option);
    }
}
