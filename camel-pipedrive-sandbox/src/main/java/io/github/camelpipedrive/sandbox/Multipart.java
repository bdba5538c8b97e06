package io.github.camelpipedrive.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small multipart/form-data reader: enough for Pipedrive's upload endpoints (one file part plus form fields). */
final class Multipart {

    /** One part: its form name, and for file parts the file name and content type. */
    record Part(String name, String fileName, String contentType, byte[] content) {
        boolean isFile() {
            return fileName != null;
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {}

    static String boundary(String contentType) {
        for (String piece : contentType.split(";")) {
            String p = piece.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length());
                return b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b;
            }
        }
        throw ApiError.badRequest("Multipart body has no boundary.");
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw ApiError.badRequest("Malformed multipart body.");
        }
        while (true) {
            int afterDelimiter = pos + delimiter.length;
            if (afterDelimiter + 1 < body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
                return parts; // closing delimiter
            }
            int headerStart = skipLineBreak(body, afterDelimiter);
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
            if (headerEnd < 0) {
                throw ApiError.badRequest("Malformed multipart body.");
            }
            Map<String, String> headers =
                    headers(new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8));
            int contentStart = headerEnd + 4;
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                throw ApiError.badRequest("Malformed multipart body.");
            }
            int contentEnd = next;
            if (contentEnd >= 2 && body[contentEnd - 2] == '\r' && body[contentEnd - 1] == '\n') {
                contentEnd -= 2;
            }
            byte[] content = new byte[Math.max(0, contentEnd - contentStart)];
            System.arraycopy(body, contentStart, content, 0, content.length);
            String disposition = headers.getOrDefault("content-disposition", "");
            parts.add(new Part(
                    attribute(disposition, "name"),
                    attribute(disposition, "filename"),
                    headers.get("content-type"),
                    content));
            pos = next;
        }
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static String attribute(String disposition, String name) {
        for (String piece : disposition.split(";")) {
            String p = piece.trim();
            if (p.startsWith(name + "=")) {
                String v = p.substring(name.length() + 1);
                return v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2 ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    private static int skipLineBreak(byte[] body, int pos) {
        if (pos + 1 < body.length && body[pos] == '\r' && body[pos + 1] == '\n') {
            return pos + 2;
        }
        return pos < body.length && body[pos] == '\n' ? pos + 1 : pos;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
