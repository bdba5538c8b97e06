package io.github.camelpipedrive.component.http;

import java.util.Locale;
import java.util.Set;

/**
 * Which HTTP headers carry secrets, and how they are shown in the component's own diagnostics: the name and, for
 * {@code Authorization}, the scheme stay visible; the value never does.
 */
public final class SecretHeaders {

    private static final Set<String> SECRET =
            Set.of("x-api-token", "authorization", "proxy-authorization", "cookie", "set-cookie");

    private SecretHeaders() {}

    /** Whether the header's value is a secret. */
    public static boolean isSecret(String name) {
        return name != null && SECRET.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The value as it may appear in a log line: unchanged, or masked with only the auth scheme left. */
    public static String shown(String name, String value) {
        if (!isSecret(name) || value == null) {
            return value;
        }
        int space = value.indexOf(' ');
        String lower = name.toLowerCase(Locale.ROOT);
        if (space > 0 && (lower.equals("authorization") || lower.equals("proxy-authorization"))) {
            return value.substring(0, space) + " ***";
        }
        return "***";
    }
}
