package io.github.camelpipedrive.component.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Basic-auth credentials of one webhook registration, and the constant-time check of a delivery's
 * {@code Authorization} header against them.
 * <p>
 * Pipedrive does not sign deliveries; the Basic-auth pair set on the webhook is all that proves a delivery comes from
 * it. Pipedrive's list of webhooks is not a place to read a password back from, so the pair is <em>derived</em>: an
 * HMAC-SHA256, keyed by a secret (webhookSecret, else the API token), of the registration's URL, object, action and
 * version. Every restart and every instance that shares the secret derives the same pair, so an existing webhook can be
 * reused, and nothing needs storing. The user name carries a fingerprint of the key: a webhook whose user name differs
 * was made with another key and cannot be authenticated, so it is replaced. A pair the user gives is used as it is.
 * {@link #toString()} never shows the password.
 */
public final class WebhookCredentials {

    private final String user;
    private final String password;
    private final byte[] expectedHeaderDigest;

    private WebhookCredentials(String user, String password) {
        this.user = user;
        this.password = password;
        String header =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.expectedHeaderDigest = sha256(header.getBytes(StandardCharsets.UTF_8));
    }

    /** The user's own pair. */
    public static WebhookCredentials given(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isBlank()) {
            throw new IllegalArgumentException("webhookAuthUser and webhookAuthPassword must be set together");
        }
        return new WebhookCredentials(user, password);
    }

    /** The pair derived from {@code key} for one registration. */
    public static WebhookCredentials derived(String key, String url, String object, String action, String version) {
        String registration = url + "\n" + object + "\n" + action + "\n" + version;
        byte[] userMac = hmac(key, "user\n" + registration);
        byte[] passwordMac = hmac(key, "password\n" + registration);
        return new WebhookCredentials(
                "camel-" + HexFormat.of().formatHex(userMac, 0, 8),
                Base64.getUrlEncoder().withoutPadding().encodeToString(passwordMac));
    }

    public String user() {
        return user;
    }

    /** The password, for the registration request only. */
    public String password() {
        return password;
    }

    /**
     * Whether an {@code Authorization} header carries this pair. Compares digests of equal length in constant time, so
     * the time taken says nothing about how much of a guess was right.
     */
    public boolean matches(String authorizationHeader) {
        if (authorizationHeader == null) {
            return false;
        }
        byte[] given = sha256(authorizationHeader.trim().getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expectedHeaderDigest, given);
    }

    private static byte[] hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookCredentials[user=" + user + ", password=<hidden>]";
    }
}
