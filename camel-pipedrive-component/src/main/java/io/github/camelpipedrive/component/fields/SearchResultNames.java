package io.github.camelpipedrive.component.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A search answer's data is {@code {"items": [{"result_score": .., "item": {entity}}]}}: names are resolved in each
 * {@code item}, the rest is left as it is.
 */
public final class SearchResultNames {

    private SearchResultNames() {}

    /** Applies {@code entityNames} to every {@code items[].item} of a search answer's data. */
    public static UnaryOperator<Object> of(UnaryOperator<Object> entityNames) {
        return data -> {
            if (!(data instanceof Map<?, ?> map) || !(map.get("items") instanceof List<?> items)) {
                return data;
            }
            List<Object> renamed = new ArrayList<>(items.size());
            for (Object hit : items) {
                if (hit instanceof Map<?, ?> h && h.get("item") instanceof Map<?, ?>) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    h.forEach((k, v) -> copy.put(String.valueOf(k), "item".equals(k) ? entityNames.apply(v) : v));
                    renamed.add(copy);
                } else {
                    renamed.add(hit);
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
            out.put("items", renamed);
            return out;
        };
    }
}
