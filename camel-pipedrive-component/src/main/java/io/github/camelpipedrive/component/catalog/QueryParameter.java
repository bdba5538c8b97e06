package io.github.camelpipedrive.component.catalog;

import java.util.List;

/**
 * A query parameter an operation accepts, e.g. {@code status} of {@code deal/list}: its name in Pipedrive's
 * documents, its type, whether Pipedrive requires it, the values it is restricted to, and an upper bound where
 * Pipedrive states one. The request side checks a given value against this before anything is sent.
 *
 * @param name     Pipedrive's name, e.g. {@code owner_id} or {@code period.start}
 * @param type     what kind of value Pipedrive expects
 * @param required whether Pipedrive refuses the request without it
 * @param allowed  the allowed values (for comma-separated lists: of each element), empty when unrestricted
 * @param maximum  the largest value Pipedrive accepts, or {@code null}
 */
public record QueryParameter(String name, Type type, boolean required, List<Object> allowed, Long maximum) {

    /** The kinds of query values Pipedrive's documents use. */
    public enum Type {
        /** A whole number. */
        INTEGER,
        /** A number; Pipedrive's v1 flags (0/1) are of this kind. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** Text: also dates, RFC 3339 times, cursors and comma-separated lists of names or ids. */
        STRING,
        /** Several whole numbers, sent comma-separated ({@code deal_ids=1,2,3}); a Java collection or array works. */
        INTEGER_LIST
    }

    public QueryParameter {
        allowed = List.copyOf(allowed);
    }

    QueryParameter withMaximum(long max) {
        return new QueryParameter(name, type, required, allowed, max);
    }
}
