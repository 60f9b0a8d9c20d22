package dev.migrationstudio.core.connect;

import java.time.Duration;

/**
 * How to reach a live database. {@code origin} says which setting supplied the URL ({@code studio.url},
 * {@code settings.xml server 'prod'}, {@code flyway-maven-plugin configuration} ...) so errors can name it.
 * {@link #toString()} never shows the password.
 */
public record ConnectionSettings(String url, String user, String password, Duration connectTimeout, String origin) {

    public ConnectionSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url is required");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    }

    public String maskedUrl() {
        return Credentials.maskUrl(url);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + maskedUrl() + ", user=" + user + ", password="
                + (password == null ? "(none)" : "****") + ", connectTimeout=" + connectTimeout
                + ", origin=" + origin + "]";
    }
}
