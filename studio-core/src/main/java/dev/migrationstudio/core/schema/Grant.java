package dev.migrationstudio.core.schema;

/**
 * One privilege held by one grantee. {@code objectId} is the stable id of the table, function, schema or
 * sequence; {@code column} is set for column grants. {@code grantee} is {@code PUBLIC} for the public pseudo-role.
 * Grants to the object's owner are left out. A function's grants are its effective ACL with Postgres' default
 * EXECUTE to PUBLIC written out (see {@code dev.migrationstudio.core.audit.Privileges}).
 */
public record Grant(
        ObjectType objectType,
        String objectId,
        String column,
        String grantee,
        String privilege,
        boolean grantable) {

    public enum ObjectType { TABLE, COLUMN, SEQUENCE, FUNCTION, SCHEMA }

    /** The EXECUTE to PUBLIC that Postgres gives every new function and procedure. */
    public static Grant defaultExecute(String routineId) {
        return new Grant(ObjectType.FUNCTION, routineId, null, "PUBLIC", "EXECUTE", false);
    }

    String sortKey() {
        return objectType + "|" + objectId + "|" + (column == null ? "" : column) + "|" + grantee + "|" + privilege;
    }
}
