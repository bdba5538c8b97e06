package io.github.camelpipedrive.component.events;

import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.error.PipedriveUnprocessableEntityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure Pipedrive has exactly one webhook for a {@link WebhookSpec}: reuses the one with the same URL, object,
 * action and version and this trigger's credentials; creates one only when there is none; and, when two instances
 * created one at the same moment, keeps the oldest (lowest id) and deletes the rest, so every instance ends up on the
 * same webhook. A matching webhook with other credentials (made with another key) cannot be authenticated and is
 * replaced.
 */
public final class WebhookRegistrar {

    /** Pipedrive's limit of webhooks per user. */
    public static final int LIMIT = 40;

    static final PipedriveOperation LIST = OperationCatalog.find("webhook", "list");
    static final PipedriveOperation DELETE = OperationCatalog.find("webhook", "delete");

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistrar.class);

    private final PipedriveApi api;
    private final PipedriveOperation add = OperationCatalog.find("webhook", "add");

    public WebhookRegistrar(PipedriveApi api) {
        this.api = api;
    }

    /** The id of this trigger's webhook, created if needed. */
    public String ensure(WebhookSpec spec, WebhookCredentials credentials) throws PipedriveException {
        List<Map<String, Object>> all = list();
        List<Map<String, Object>> matching =
                all.stream().filter(w -> matches(w, spec)).toList();
        List<Map<String, Object>> ours = new ArrayList<>(matching.stream()
                .filter(w -> credentials.user().equals(w.get("http_auth_user")))
                .toList());
        for (Map<String, Object> foreign : matching) {
            if (!ours.contains(foreign)) {
                LOG.warn(
                        "Webhook {} for {} has other Basic-auth credentials (made with another webhookSecret or "
                                + "token); deleting it and using one with this consumer's credentials",
                        foreign.get("id"),
                        spec.url());
                delete(String.valueOf(foreign.get("id")));
            }
        }
        if (ours.isEmpty()) {
            int others = all.size() - matching.size();
            if (others >= LIMIT) {
                throw limitReached(spec, others);
            }
            create(spec, credentials);
            ours = new ArrayList<>(list().stream()
                    .filter(w -> matches(w, spec))
                    .filter(w -> credentials.user().equals(w.get("http_auth_user")))
                    .toList());
            if (ours.isEmpty()) {
                throw new PipedriveException(
                        add.key(),
                        "the webhook for " + spec.url() + " was created but is not in "
                                + "Pipedrive's list of webhooks");
            }
        }
        ours.sort(Comparator.comparingLong(w -> number(w.get("id"))));
        Map<String, Object> kept = ours.get(0);
        for (Map<String, Object> extra : ours.subList(1, ours.size())) {
            LOG.info("Deleting duplicate webhook {} for {} (keeping {})", extra.get("id"), spec.url(), kept.get("id"));
            delete(String.valueOf(extra.get("id")));
        }
        return String.valueOf(kept.get("id"));
    }

    /** Whether the webhook with this id is still in Pipedrive's list and active. */
    public boolean isActive(String id) throws PipedriveException {
        return list().stream()
                .anyMatch(w -> id.equals(String.valueOf(w.get("id")))
                        && !Objects.equals(w.get("is_active"), 0)
                        && !Boolean.FALSE.equals(w.get("is_active")));
    }

    public void delete(String id) throws PipedriveException {
        api.call(DELETE, "/v1/webhooks/" + id, null);
    }

    private void create(WebhookSpec spec, WebhookCredentials credentials) throws PipedriveException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscription_url", spec.url());
        body.put("event_action", spec.action());
        body.put("event_object", spec.object());
        body.put("name", spec.name());
        body.put("version", spec.version());
        body.put("http_auth_user", credentials.user());
        body.put("http_auth_password", credentials.password());
        try {
            Map<String, Object> created = api.call(add, "/v1/webhooks", body);
            Object data = created.get("data");
            LOG.info(
                    "Created Pipedrive webhook {} for {} {} -> {}",
                    data instanceof Map<?, ?> m ? m.get("id") : "?",
                    spec.object(),
                    spec.action(),
                    spec.url());
        } catch (PipedriveUnprocessableEntityException e) {
            throw new PipedriveException(
                    add.key(),
                    "Pipedrive refused the webhook for " + spec.url() + " (HTTP 422): "
                            + "the user may have reached Pipedrive's limit of " + LIMIT
                            + " webhooks; delete unused ones in "
                            + "Pipedrive (Tools and apps > Webhooks) or use delivery=poll",
                    e);
        }
    }

    private static PipedriveException limitReached(WebhookSpec spec, int count) {
        return new PipedriveException(
                "webhook/add",
                "Cannot register a webhook for " + spec.url() + ": the user "
                        + "already has " + count + " webhooks, Pipedrive's limit is " + LIMIT
                        + ". Delete unused ones in "
                        + "Pipedrive (Tools and apps > Webhooks), share one trigger (events/all with action=all) among "
                        + "routes, or use delivery=poll");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list() throws PipedriveException {
        Object data = api.call(LIST, "/v1/webhooks", null).get("data");
        List<Map<String, Object>> out = new ArrayList<>();
        if (data instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    out.add((Map<String, Object>) m);
                }
            }
        }
        return out;
    }

    private static boolean matches(Map<String, Object> webhook, WebhookSpec spec) {
        return spec.url().equals(webhook.get("subscription_url"))
                && spec.object().equals(webhook.get("event_object"))
                && spec.action().equals(webhook.get("event_action"))
                && spec.version().equals(String.valueOf(webhook.get("version")));
    }

    private static long number(Object id) {
        try {
            return Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
