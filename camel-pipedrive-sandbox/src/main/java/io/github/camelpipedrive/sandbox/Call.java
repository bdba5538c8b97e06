package io.github.camelpipedrive.sandbox;

import java.util.Map;

/** One request that matched a route: path and query parameters, the parsed body, and the company it acts on. */
final class Call {

    private final Company company;
    private final Route route;
    private final Map<String, String> params;
    private final Map<String, String> query;
    private final RequestBody body;

    Call(Company company, Route route, Map<String, String> params, Map<String, String> query, RequestBody body) {
        this.company = company;
        this.route = route;
        this.params = params;
        this.query = query;
        this.body = body;
    }

    Company company() {
        return company;
    }

    Route route() {
        return route;
    }

    ApiVersion version() {
        return route.version();
    }

    String param(String name) {
        return params.get(name);
    }

    Map<String, String> query() {
        return query;
    }

    String query(String name) {
        return query.get(name);
    }

    int queryInt(String name, int fallback) {
        String v = query.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("\"" + name + "\" must be a number.");
        }
    }

    RequestBody body() {
        return body;
    }

    Map<String, Object> fields() {
        return body.fields();
    }

    /** The record named by a path parameter, or a 404 in Pipedrive's shape. */
    Map<String, Object> require(String collection, String paramName) {
        return require(collection, (Object) param(paramName));
    }

    Map<String, Object> require(String collection, Object id) {
        Map<String, Object> record = company.collection(collection).get(id);
        if (record == null) {
            throw notFound(collection);
        }
        return record;
    }

    ApiError notFound(String collection) {
        return ApiError.notFound(
                route.version() == ApiVersion.V2
                        ? "Entity was not found"
                        : EntityKinds.of(collection).label() + " not found");
    }

    /** A success answer with the route's status, wrapping {@code data} in the envelope. */
    Answer ok(Object data) {
        return Answer.json(route.successStatus(), Envelope.success(data));
    }

    String now(String collection) {
        return company.stamp(collection);
    }
}
