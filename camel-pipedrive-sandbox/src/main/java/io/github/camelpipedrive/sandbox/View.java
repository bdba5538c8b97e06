package io.github.camelpipedrive.sandbox;

import java.util.Map;

/** How a stored record is shown in an answer. */
@FunctionalInterface
interface View {
    Object render(Call call, Map<String, Object> record);

    /** The record as stored, without null-valued keys (see {@link Views#clean}). */
    View PLAIN = (call, record) -> Views.clean(record);
}
