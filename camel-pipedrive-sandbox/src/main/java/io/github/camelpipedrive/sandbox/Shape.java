package io.github.camelpipedrive.sandbox;

import java.util.Map;

/** How a (validated) request body changes a record, on create or on update. */
@FunctionalInterface
interface Shape {
    void apply(Call call, Map<String, Object> record, boolean creating);
}
