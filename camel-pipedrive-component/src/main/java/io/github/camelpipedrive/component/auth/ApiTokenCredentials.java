package io.github.camelpipedrive.component.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hc.core5.http.HttpRequest;

/**
 * A Pipedrive API token, sent in the {@code x-api-token} header (never as the legacy {@code api_token} query
 * parameter, which would land in access logs).
 */
public final class ApiTokenCredentials implements Credentials {

    public static final String HEADER = "x-api-token";

    private final String token;
    private final String key;

    public ApiTokenCredentials(String token) {
        this.token = token;
        this.key = "api-token:" + fingerprint(token);
    }

    @Override
    public void authenticate(HttpRequest request) {
        request.setHeader(HEADER, token);
    }

    @Override
    public String rateLimitKey() {
        return key;
    }

    /** A short one-way fingerprint, so maps and logs can tell tokens apart without holding them. */
    static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ApiTokenCredentials[" + key + "]";
    }
}
