package io.github.camelpipedrive.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** Followers of deals, persons, organizations and products ({@code /api/v2/{entity}/{id}/followers}). */
final class Followers {

    private Followers() {}

    static Handler add(String collection, String itemType) {
        return call -> {
            Object itemId = call.require(collection, "id").get("id");
            Object userId = call.require("users", call.fields().get("user_id")).get("id");
            boolean already = !call.company()
                    .collection("followers")
                    .where(f -> itemType.equals(f.get("item_type"))
                            && Views.sameId(f.get("item_id"), itemId)
                            && Views.sameId(f.get("user_id"), userId))
                    .isEmpty();
            if (already) {
                throw ApiError.badRequest("User " + userId + " is already following this " + itemType + ".");
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("item_type", itemType);
            f.put("item_id", itemId);
            f.put("user_id", userId);
            f.put("add_time", call.now("followers"));
            call.company().collection("followers").insert(f);
            return call.ok(view(f));
        };
    }

    static Handler list(String collection, String itemType) {
        return call -> {
            Object itemId = call.require(collection, "id").get("id");
            return Paging.page(
                    call,
                    call
                            .company()
                            .collection("followers")
                            .where(f -> itemType.equals(f.get("item_type")) && Views.sameId(f.get("item_id"), itemId))
                            .stream()
                            .map(Followers::view)
                            .toList());
        };
    }

    /** v2 removes a follower by its user id. */
    static Handler remove(String collection, String itemType) {
        return call -> {
            Object itemId = call.require(collection, "id").get("id");
            String userId = call.param("follower_id");
            var matches = call.company()
                    .collection("followers")
                    .where(f -> itemType.equals(f.get("item_type"))
                            && Views.sameId(f.get("item_id"), itemId)
                            && Views.sameId(f.get("user_id"), userId));
            if (matches.isEmpty()) {
                throw call.notFound("followers");
            }
            matches.forEach(f -> call.company().collection("followers").remove(f.get("id")));
            return call.ok(Map.of("user_id", matches.get(0).get("user_id")));
        };
    }

    private static Map<String, Object> view(Map<String, Object> f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user_id", f.get("user_id"));
        out.put("add_time", f.get("add_time"));
        return out;
    }
}
