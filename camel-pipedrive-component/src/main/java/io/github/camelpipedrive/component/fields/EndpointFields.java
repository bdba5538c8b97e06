package io.github.camelpipedrive.component.fields;

import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.transport.PipedriveCall;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What one endpoint does with field names: resolves its bodies' names (unless {@code fieldNames=off}) and, with
 * {@code resolveFieldNames=true}, names the custom fields of its answers. Holds the endpoint's resolver; the
 * definitions come from the component's shared cache, keyed by host, credentials and entity.
 */
public final class EndpointFields {

    private final FieldTarget target;
    private final BodyFieldResolver resolver;
    private final boolean nameResponses;
    private final FieldDefinitionCache cache;
    private final FieldDefinitionLoader loader;
    private final String credentialsKey;

    private EndpointFields(
            FieldTarget target,
            FieldNamesMode mode,
            boolean nameResponses,
            FieldDefinitionCache cache,
            FieldDefinitionLoader loader,
            String credentialsKey) {
        this.target = target;
        this.resolver = new BodyFieldResolver(target, mode);
        this.nameResponses = nameResponses;
        this.cache = cache;
        this.loader = loader;
        this.credentialsKey = credentialsKey;
    }

    /**
     * The field handling of an endpoint, or {@code null} when it has none: the operation's body is not an entity's
     * fields, or names are off and answers are not to be named.
     */
    public static EndpointFields of(
            PipedriveOperation operation,
            FieldNamesMode mode,
            boolean nameResponses,
            FieldDefinitionCache cache,
            FieldDefinitionLoader loader,
            String credentialsKey) {
        FieldTarget target = FieldTarget.of(operation);
        if (target == null || (mode == FieldNamesMode.off && !nameResponses)) {
            return null;
        }
        return new EndpointFields(target, mode, nameResponses, cache, loader, credentialsKey);
    }

    /**
     * The field handling of a composite endpoint built on {@code operation} (an entity's add): never {@code null},
     * because matching by a custom field needs the definitions even when body names are off.
     */
    public static EndpointFields always(
            PipedriveOperation operation,
            FieldNamesMode mode,
            boolean nameResponses,
            FieldDefinitionCache cache,
            FieldDefinitionLoader loader,
            String credentialsKey) {
        FieldTarget target = FieldTarget.of(operation);
        if (target == null) {
            throw new IllegalArgumentException(operation.key() + " does not take an entity's fields");
        }
        return new EndpointFields(target, mode, nameResponses, cache, loader, credentialsKey);
    }

    /** Starts the field handling of one exchange. */
    public ForExchange begin(String baseUrl, PipedriveCall call, boolean refresh) {
        return new ForExchange(baseUrl, call, refresh);
    }

    /** The field handling of one exchange: reads the definitions at most once, refreshing them if asked to. */
    public final class ForExchange {
        private final String baseUrl;
        private final PipedriveCall call;
        private boolean refresh;
        private EntityFields definitions;

        private ForExchange(String baseUrl, PipedriveCall call, boolean refresh) {
            this.baseUrl = baseUrl;
            this.call = call;
            this.refresh = refresh;
        }

        private String cacheKey() {
            return FieldDefinitionCache.key(baseUrl, credentialsKey, target.entity());
        }

        /** The body to send: see {@link BodyFieldResolver}. */
        public Map<String, Object> resolveBody(Map<String, Object> body) throws PipedriveException {
            return resolver.resolve(body, this::definitions);
        }

        /**
         * With {@code resolveFieldNames}, the renaming of the answer's data; the definitions are read now, before the
         * write is sent, so a failure to read them cannot fail an exchange whose write went through. {@code null}
         * when answers are not renamed.
         */
        public UnaryOperator<Object> responseNames() throws PipedriveException {
            if (!nameResponses) {
                return null;
            }
            EntityFields fields = definitions();
            return data -> ResponseFieldNames.rename(data, fields, target.version());
        }

        /** The account's definitions for this endpoint's entity (cached; refreshed once if the exchange asked). */
        public EntityFields definitions() throws PipedriveException {
            if (definitions == null) {
                try {
                    definitions = cache.get(cacheKey(), refresh, () -> loader.load(call, baseUrl, target.entity()));
                } catch (PipedriveException e) {
                    String endpoint = call.endpointKey();
                    if (endpoint == null || endpoint.equals(e.getOperation())) {
                        throw e;
                    }
                    // another endpoint's read of the same definitions failed while this exchange waited for it, and
                    // its exception names that endpoint: read them once more for this one, named after it
                    definitions = loader.load(call, baseUrl, target.entity());
                }
                refresh = false;
            }
            return definitions;
        }

        /** Called at the end of the exchange: a refresh that was asked for but not needed marks the entry stale. */
        public void finish() {
            if (refresh) {
                cache.markStale(cacheKey());
                refresh = false;
            }
        }
    }
}
