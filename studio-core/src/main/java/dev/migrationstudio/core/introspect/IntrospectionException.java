package dev.migrationstudio.core.introspect;

/** Introspection failed; the message says which phase and what to do. */
public class IntrospectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IntrospectionException(String message, Throwable cause) {
        super(message, cause);
    }

    public IntrospectionException(String message) {
        super(message);
    }
}
