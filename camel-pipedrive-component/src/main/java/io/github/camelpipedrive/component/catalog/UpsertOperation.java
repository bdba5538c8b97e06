package io.github.camelpipedrive.component.catalog;

import java.util.List;

/**
 * A find-or-create endpoint, {@code pipedrive:<entity>/upsert}: search with exact match, update the single match,
 * create when there is none. A composite catalog entry ({@link OperationCatalog#upserts()}): not one of Pipedrive's
 * requests, its steps are ordinary operations.
 *
 * @param resource       the entity, e.g. {@code person}
 * @param collection     its plural in Pipedrive's paths, e.g. {@code persons}
 * @param add            the catalog's add operation, sent when nothing matches
 * @param update         the update (PATCH) sent to the single match
 * @param searchFields   the built-in fields Pipedrive's search can match on exactly ({@code fields=} values)
 * @param defaultMatchBy what {@code matchBy} is when the endpoint does not set it
 */
public record UpsertOperation(
        String resource,
        String collection,
        PipedriveOperation add,
        PipedriveOperation update,
        List<String> searchFields,
        String defaultMatchBy) {

    /** The action of every upsert endpoint. */
    public static final String ACTION = "upsert";

    /** The endpoint path, e.g. {@code person/upsert}. */
    public String key() {
        return resource + "/" + ACTION;
    }

    /** {@code /api/v2/persons/search}. */
    public String searchPath() {
        return "/api/v2/" + collection + "/search";
    }

    /** {@code /api/v2/persons/{id}}, to read a candidate's custom fields. */
    public String getPath() {
        return "/api/v2/" + collection + "/{id}";
    }
}
