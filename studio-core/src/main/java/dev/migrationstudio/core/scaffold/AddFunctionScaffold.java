package dev.migrationstudio.core.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code add-function} and {@code create-rpc}. The body goes inside a dollar quote whose tag does not occur in
 * it, so nothing in the body can end the quote. A {@code SECURITY DEFINER} function always gets a fixed
 * {@code search_path} (empty unless given: the body must then qualify every name), and EXECUTE is revoked from
 * PUBLIC, since a definer function runs with its owner's rights for whoever may call it. Grants go to the
 * roles given.
 */
public final class AddFunctionScaffold {
    private AddFunctionScaffold() {
    }

    /**
     * @param arguments  the argument list as written between the parentheses ({@code p_id uuid, p_limit integer}),
     *                   or null/blank for none
     * @param searchPath for definer functions: the fixed search_path, e.g. {@code ""} or {@code pg_catalog, public}
     */
    public record Request(String schema, String name, String arguments, String returns, String language,
                          String body, boolean securityDefiner, String searchPath, List<String> executeRoles) {
    }

    public static Scaffold generate(Request request) throws ScaffoldException {
        String function = ScaffoldNames.identifier("studio.schema", ScaffoldNames.checked("studio.schema", request.schema()))
                + "." + ScaffoldNames.identifier("studio.name", request.name());
        String arguments = request.arguments() == null || request.arguments().isBlank() ? ""
                : Fragments.type("studio.arguments", request.arguments());
        String signature = function + "(" + arguments + ")";
        StringBuilder up = new StringBuilder("CREATE FUNCTION ").append(signature)
                .append("\n    RETURNS ").append(Fragments.type("studio.returns", request.returns()))
                .append("\n    LANGUAGE ").append(language(request.language()));
        List<String> warnings = new ArrayList<>();
        if (request.securityDefiner()) {
            up.append("\n    SECURITY DEFINER\n    SET search_path = ").append(searchPath(request.searchPath()));
        }
        up.append("\nAS ").append(DollarQuote.quote(body(request.body()))).append(";\n");
        if (request.securityDefiner()) {
            up.append("\nREVOKE EXECUTE ON FUNCTION ").append(signature).append(" FROM PUBLIC;\n");
        }
        List<String> roles = request.executeRoles() == null ? List.of() : request.executeRoles();
        if (!roles.isEmpty()) {
            up.append("GRANT EXECUTE ON FUNCTION ").append(signature).append(" TO ")
                    .append(AddRlsPolicyScaffold.roleList(roles)).append(";\n");
        }
        if (request.securityDefiner() && roles.stream().anyMatch(role -> role.trim().equalsIgnoreCase("anon"))) {
            warnings.add(request.name() + " is SECURITY DEFINER and callable by anon: anyone with the public API key"
                    + " runs it with its owner's rights");
        }
        MigrationDraft draft = new MigrationDraft("create function " + request.name(), up.toString(),
                "DROP FUNCTION " + signature + ";\n", true);
        return new Scaffold(List.of(draft), warnings);
    }

    private static String language(String language) throws ScaffoldException {
        String lower = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        if (!lower.equals("sql") && !lower.equals("plpgsql")) {
            throw new ScaffoldException("studio.language '" + language + "' is not supported: use sql or plpgsql");
        }
        return lower;
    }

    private static String body(String body) throws ScaffoldException {
        if (body == null || body.isBlank()) {
            throw new ScaffoldException("The function body (studio.bodyFile) is empty");
        }
        return body.strip();
    }

    /** Schema names, each quoted; an empty path is {@code ''}. */
    private static String searchPath(String searchPath) throws ScaffoldException {
        if (searchPath == null || searchPath.isBlank()) {
            return "''";
        }
        List<String> schemas = new ArrayList<>();
        for (String schema : searchPath.split(",")) {
            schemas.add(ScaffoldNames.identifier("studio.searchPath", schema.trim()));
        }
        return String.join(", ", schemas);
    }
}
