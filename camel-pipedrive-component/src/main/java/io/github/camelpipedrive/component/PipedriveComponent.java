package io.github.camelpipedrive.component;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.transport.PipedriveHttpClient;
import io.github.camelpipedrive.component.transport.TransportSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The {@code pipedrive} component: creates {@code pipedrive:resource/operation} endpoints and owns what they share,
 * the pooled HTTP client and the JSON mapper.
 */
@Component("pipedrive")
public class PipedriveComponent extends DefaultComponent {

    @Metadata(label = "security", secret = true,
              description = "The Pipedrive API token used by every endpoint that does not set its own.")
    private String apiToken;
    @Metadata(label = "common",
              description = "The Pipedrive host for every endpoint that does not set its own (default "
                            + "https://api.pipedrive.com, or https://{companyDomain}.pipedrive.com).")
    private String baseUrl;
    @Metadata(label = "common",
              description = "The company's Pipedrive subdomain (acme for acme.pipedrive.com), for every endpoint that "
                            + "does not set its own.")
    private String companyDomain;
    @Metadata(label = "advanced", defaultValue = "10000",
              description = "How long to wait for a connection to Pipedrive, in milliseconds.")
    private int connectTimeout = 10_000;
    @Metadata(label = "advanced", defaultValue = "60000",
              description = "How long to wait for Pipedrive's answer once the request is sent, in milliseconds.")
    private int responseTimeout = 60_000;
    @Metadata(label = "advanced", defaultValue = "20",
              description = "The most connections the shared HTTP client keeps open to Pipedrive.")
    private int maxConnections = 20;
    @Metadata(label = "advanced", autowired = false,
              description = "An Apache HttpClient 5 client to use instead of the component's own (for proxies, custom "
                            + "TLS, interceptors). The component does not close it. Timeouts and maxConnections are "
                            + "then the client's own.")
    private CloseableHttpClient httpClient;

    private final ObjectMapper objectMapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private PipedriveHttpClient sharedClient;

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        registerApiTokenAsSensitive();
    }

    /**
     * Camel masks options whose names it knows to be secret; "apitoken" is not among them, so camel-main's start-up
     * summary would print camel.component.pipedrive.apiToken. Registering it keeps the token masked everywhere.
     */
    private void registerApiTokenAsSensitive() {
        ExtendedCamelContext ext = getCamelContext().getCamelContextExtension();
        String keywords = ext.getAdditionalSensitiveKeywords();
        if (keywords == null || !keywords.toLowerCase(Locale.ROOT).contains("apitoken")) {
            ext.setAdditionalSensitiveKeywords(keywords == null || keywords.isBlank() ? "apitoken" : keywords + ",apitoken");
        }
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int slash = remaining.indexOf('/');
        String resource = slash > 0 ? remaining.substring(0, slash) : remaining;
        String action = slash > 0 ? remaining.substring(slash + 1) : "";
        PipedriveOperation operation = OperationCatalog.find(resource, action);
        if (operation == null) {
            throw new IllegalArgumentException(unknownOperation(remaining, resource));
        }
        PipedriveConfiguration configuration = new PipedriveConfiguration();
        configuration.setResource(resource);
        configuration.setOperation(action);
        configuration.setApiToken(apiToken);
        configuration.setBaseUrl(baseUrl);
        configuration.setCompanyDomain(companyDomain);
        PipedriveEndpoint endpoint = new PipedriveEndpoint(uri, this, configuration, operation);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    private static String unknownOperation(String remaining, String resource) {
        String known = OperationCatalog.all().stream()
                .filter(op -> op.resource().equals(resource))
                .map(PipedriveOperation::key)
                .collect(Collectors.joining(", "));
        return "Unknown Pipedrive operation 'pipedrive:" + remaining + "'. "
                + (known.isEmpty()
                        ? "Known resources: " + String.join(", ", OperationCatalog.resources())
                        : "Operations of " + resource + ": " + known)
                + ". The syntax is pipedrive:resource/operation, e.g. pipedrive:deal/add.";
    }

    /** The HTTP client every endpoint of this component shares; created on first use. */
    synchronized PipedriveHttpClient httpClient() {
        if (sharedClient == null) {
            TransportSettings settings = new TransportSettings(connectTimeout, responseTimeout, maxConnections);
            sharedClient = httpClient != null
                    ? PipedriveHttpClient.wrap(httpClient, settings)
                    : PipedriveHttpClient.create(settings);
        }
        return sharedClient;
    }

    ObjectMapper objectMapper() {
        return objectMapper;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (sharedClient != null) {
            sharedClient.close();
            sharedClient = null;
        }
        super.doStop();
    }

    public String getApiToken() {
        return apiToken;
    }

    /** The Pipedrive API token used by every endpoint that does not set its own. */
    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The Pipedrive host for every endpoint that does not set its own. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getCompanyDomain() {
        return companyDomain;
    }

    /** The company's Pipedrive subdomain. */
    public void setCompanyDomain(String companyDomain) {
        this.companyDomain = companyDomain;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for a connection, in milliseconds. */
    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    /** How long to wait for the answer, in milliseconds. */
    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /** The most connections kept open to Pipedrive. */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    /** An Apache HttpClient 5 client to use instead of the component's own. */
    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }
}
