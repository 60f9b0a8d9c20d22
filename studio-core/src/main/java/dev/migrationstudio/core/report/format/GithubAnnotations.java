package dev.migrationstudio.core.report.format;

import dev.migrationstudio.core.finding.Finding;
import java.util.List;

/**
 * GitHub Actions workflow commands ({@code ::error file=..,line=..,col=..,title=..::message}), one per finding, so
 * that findings show on the pull request's diff. Values are escaped as the runner expects.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /** Whether the environment says we run in GitHub Actions ({@code GITHUB_ACTIONS=true}). */
    public static boolean enabled(String githubActionsVariable) {
        return "true".equalsIgnoreCase(githubActionsVariable == null ? "" : githubActionsVariable.trim());
    }

    public static List<String> render(List<Finding> findings) {
        return findings.stream().map(GithubAnnotations::annotation).toList();
    }

    static String annotation(Finding finding) {
        StringBuilder line = new StringBuilder("::").append(command(finding)).append(' ');
        if (finding.file() != null) {
            line.append("file=").append(property(finding.file().replace('\\', '/')));
            if (finding.line() != null) {
                line.append(",line=").append(finding.line());
            }
            if (finding.column() != null) {
                line.append(",col=").append(finding.column());
            }
            line.append(',');
        }
        line.append("title=").append(property(finding.ruleId()));
        String subject = finding.file() == null ? finding.objectId() + ": " : "";
        return line.append("::").append(data(subject + finding.message())).toString();
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    private static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
