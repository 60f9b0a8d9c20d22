package dev.migrationstudio.core.scaffold;

import java.util.Locale;

/** The command a policy covers, and which of USING / WITH CHECK it takes. */
public enum PolicyCommand {
    ALL(true, true), SELECT(true, false), INSERT(false, true), UPDATE(true, true), DELETE(true, false);

    private final boolean takesUsing;
    private final boolean takesWithCheck;

    PolicyCommand(boolean takesUsing, boolean takesWithCheck) {
        this.takesUsing = takesUsing;
        this.takesWithCheck = takesWithCheck;
    }

    public static PolicyCommand parse(String value) throws ScaffoldException {
        for (PolicyCommand command : values()) {
            if (command.name().equals(value == null ? "" : value.trim().toUpperCase(Locale.ROOT))) {
                return command;
            }
        }
        throw new ScaffoldException("studio.command '" + value + "' is not a policy command: use all, select, insert,"
                + " update or delete");
    }

    boolean takesUsing() {
        return takesUsing;
    }

    boolean takesWithCheck() {
        return takesWithCheck;
    }
}
