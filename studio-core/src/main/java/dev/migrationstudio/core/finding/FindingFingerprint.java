package dev.migrationstudio.core.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints that survive edits elsewhere: the first 16 hex digits (64 bits) of the SHA-256 of rule id,
 * location (object id or file path, never a line number) and normalized subject. Lint passes the statement text
 * as subject, so moving a statement keeps its fingerprint and editing it changes it.
 */
public final class FindingFingerprint {
    private static final int HEX_DIGITS = 16;

    private FindingFingerprint() {
    }

    public static String of(String ruleId, String location, String subject) {
        String material = ruleId + '\u0000' + nullToEmpty(location) + '\u0000' + normalize(subject);
        byte[] digest = sha256().digest(material.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    }

    /**
     * Collapses every run of whitespace to one space and trims. Deliberately no case folding or comment removal:
     * both would need a lexer to leave string literals and quoted identifiers alone.
     */
    public static String normalize(String subject) {
        return subject == null ? "" : subject.strip().replaceAll("\\s+", " ");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
