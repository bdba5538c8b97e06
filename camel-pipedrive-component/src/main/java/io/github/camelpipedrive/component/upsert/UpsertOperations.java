package io.github.camelpipedrive.component.upsert;

import java.util.List;
import java.util.Objects;

import io.github.camelpipedrive.component.catalog.HttpMethod;
import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;

/**
 * The composite {@code upsert} endpoints. They are not catalog entries (the catalog lists Pipedrive's single
 * requests); the component accepts them beside the catalog's operations.
 */
public final class UpsertOperations {

    /** The catalog has no deal update; the upsert's update step is this one, PATCH /api/v2/deals/{id}. */
    static final PipedriveOperation DEAL_UPDATE = PipedriveOperation.internalWrite("deal/update", HttpMethod.PATCH,
            "/api/v2/deals/{id}", "Update a deal");

    private static final List<UpsertOperation> ALL = List.of(
            new UpsertOperation("deal", "deals", catalog("deal/add"), DEAL_UPDATE, List.of("title"), "title"),
            new UpsertOperation("organization", "organizations", catalog("organization/add"),
                    catalog("organization/update"), List.of("name", "address"), "name"),
            new UpsertOperation("person", "persons", catalog("person/add"), catalog("person/update"),
                    List.of("email", "phone", "name"), "email"),
            new UpsertOperation("product", "products", catalog("product/add"), catalog("product/update"),
                    List.of("code", "name"), "code"));

    private UpsertOperations() {
    }

    public static List<UpsertOperation> all() {
        return ALL;
    }

    /** The upsert endpoint {@code resource/action}, or {@code null}. */
    public static UpsertOperation find(String resource, String action) {
        if (!"upsert".equals(action)) {
            return null;
        }
        return ALL.stream().filter(u -> u.resource().equals(resource)).findFirst().orElse(null);
    }

    private static PipedriveOperation catalog(String key) {
        int slash = key.indexOf('/');
        return Objects.requireNonNull(OperationCatalog.find(key.substring(0, slash), key.substring(slash + 1)), key);
    }
}
