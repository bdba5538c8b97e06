package io.github.camelpipedrive.component.catalog;

/**
 * How a list operation pages through its results.
 */
public enum Paging {
    /** Not a paged list. */
    NONE,
    /**
     * v2 (and some v1 lists): {@code cursor} and {@code limit}; the answer's {@code additional_data.next_cursor} names
     * the next page and is {@code null} on the last one.
     */
    CURSOR,
    /**
     * v1: {@code start} and {@code limit}; the answer's {@code additional_data.pagination} says whether
     * {@code more_items_in_collection} and gives {@code next_start}.
     */
    OFFSET
}
