package dev.migrationstudio.core.scaffold;

/** A scaffold request that cannot be served as given; the message names the setting to fix and how. */
public final class ScaffoldException extends Exception {
    public ScaffoldException(String message) {
        super(message);
    }
}
