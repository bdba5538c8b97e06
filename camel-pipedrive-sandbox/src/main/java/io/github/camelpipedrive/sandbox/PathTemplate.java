package io.github.camelpipedrive.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** A path such as {@code /deals/{id}/products/{product_attachment_id}}, matched segment by segment. */
final class PathTemplate {

    private final String text;
    private final String[] segments;
    private final int literals;

    PathTemplate(String text) {
        this.text = text;
        this.segments = split(text);
        int n = 0;
        for (String s : segments) {
            if (!s.startsWith("{")) {
                n++;
            }
        }
        this.literals = n;
    }

    static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }

    /** The path parameters when the segments match, else {@code null}. */
    Map<String, String> match(String[] path) {
        if (path.length != segments.length) {
            return null;
        }
        Map<String, String> params = null;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{")) {
                if (path[i].isEmpty()) {
                    return null;
                }
                if (params == null) {
                    params = new LinkedHashMap<>(4);
                }
                params.put(s.substring(1, s.length() - 1), path[i]);
            } else if (!s.equals(path[i])) {
                return null;
            }
        }
        return params == null ? Map.of() : params;
    }

    /** More literal segments wins: {@code /persons/search} before {@code /persons/{id}}. */
    int literals() {
        return literals;
    }

    @Override
    public String toString() {
        return text;
    }
}
