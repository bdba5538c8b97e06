package io.github.camelpipedrive.component.error;

import java.util.List;

/**
 * An upsert found more than one record with the value it matches by, so it cannot tell which one to update. Nothing was
 * written. Merge the duplicates in Pipedrive (or match by a field that is unique), then send the message again.
 */
public class PipedriveDuplicateMatchException extends PipedriveException {

    private final String matchBy;
    private final Object matchValue;
    private final List<Object> ids;

    /**
     * @param operation  the endpoint path, e.g. {@code person/upsert}
     * @param matchBy    the field matched by, as the endpoint names it ({@code email}, {@code Customer number})
     * @param matchValue the value searched for
     * @param ids        the ids of the matching records
     */
    public PipedriveDuplicateMatchException(String operation, String matchBy, Object matchValue, List<Object> ids) {
        super(
                operation,
                "pipedrive:" + operation + ": " + ids.size() + " records have " + matchBy + " = '"
                        + matchValue + "' (ids "
                        + ids.stream()
                                .map(String::valueOf)
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("")
                        + "), so the one to update is unclear. Nothing was written; merge the duplicates or match by a unique "
                        + "field.");
        this.matchBy = matchBy;
        this.matchValue = matchValue;
        this.ids = List.copyOf(ids);
    }

    /** The field matched by. */
    public String getMatchBy() {
        return matchBy;
    }

    /** The value searched for. */
    public Object getMatchValue() {
        return matchValue;
    }

    /** The ids of every record that matched. */
    public List<Object> getIds() {
        return ids;
    }
}
