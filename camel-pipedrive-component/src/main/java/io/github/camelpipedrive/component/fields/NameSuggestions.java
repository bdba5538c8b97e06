package io.github.camelpipedrive.component.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The known names closest to a name that was not found, by Jaro-Winkler similarity of the normalised names, for
 * error messages that say what was probably meant.
 */
public final class NameSuggestions {

    /** Below this Jaro-Winkler similarity a name is not offered: a suggestion should look like what was typed. */
    static final double THRESHOLD = 0.8;

    private NameSuggestions() {}

    /** Up to {@code max} candidates, most similar first; candidates below a similarity of 0.8 are left out. */
    static List<String> closest(String name, Collection<String> candidates, int max) {
        String wanted = EntityFields.normalize(name);
        record Scored(String candidate, double score) {}
        List<Scored> scored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String candidate : candidates) {
            String normalized = EntityFields.normalize(candidate);
            double score = jaroWinkler(wanted, normalized);
            // a key and a display name that differ only in case are one suggestion
            if (score >= THRESHOLD && seen.add(normalized)) {
                scored.add(new Scored(candidate, score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::candidate));
        return scored.stream().limit(max).map(Scored::candidate).collect(Collectors.toList());
    }

    /** "'Lead source', 'Lead status' or 'Lead id'", or "" when there is nothing close. */
    public static String describe(String name, Collection<String> candidates) {
        List<String> closest = closest(name, candidates, 3);
        if (closest.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < closest.size(); i++) {
            if (i > 0) {
                text.append(i == closest.size() - 1 ? " or " : ", ");
            }
            text.append('\'').append(closest.get(i)).append('\'');
        }
        return text.toString();
    }

    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
