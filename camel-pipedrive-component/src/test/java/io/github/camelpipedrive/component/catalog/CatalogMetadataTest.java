package io.github.camelpipedrive.component.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.PipedriveEndpoint;
import io.github.camelpipedrive.component.PipedriveEndpointUriFactory;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointUriFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog and the Camel metadata describe the same component: every resource, path parameter and upload field the
 * catalog uses is a documented option and header, and Camel uses the generated configurers.
 */
class CatalogMetadataTest {

    private static JsonNode json;

    @BeforeAll
    static void readComponentJson() throws Exception {
        try (InputStream in = CatalogMetadataTest.class.getResourceAsStream(
                "/META-INF/io/github/camelpipedrive/component/pipedrive.json")) {
            json = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void resourceEnumListsExactlyTheCatalogResourcesAndTheTriggers() {
        Set<String> documented = new TreeSet<>();
        json.at("/properties/resource/enum").forEach(v -> documented.add(v.asText()));
        Set<String> expected = new TreeSet<>(OperationCatalog.resources());
        expected.add(PipedriveEndpoint.EVENTS);
        assertThat(documented).isEqualTo(expected);
    }

    @Test
    void everyPathParameterAndUploadFieldIsADocumentedOptionAndHeader() throws Exception {
        Set<String> optionNames = new HashSet<>();
        for (PipedriveOperation op : OperationCatalog.all()) {
            op.pathParameters().forEach(p -> optionNames.add(p.optionName()));
            op.formFields().forEach(f -> optionNames.add(PathParameter.lowerCamel(f)));
        }
        assertThat(optionNames)
                .contains(
                        "id",
                        "productAttachmentId",
                        "productVariationId",
                        "installmentId",
                        "fieldCode",
                        "commentId",
                        "activityId",
                        "taskId",
                        "dealId",
                        "cropX");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            for (String option : optionNames) {
                // the producer reads the catalog's names through the endpoint's options: each one must be one
                PipedriveEndpoint endpoint = context.getEndpoint(
                        "pipedrive:deal/add?apiToken=t&" + option + "=4711", PipedriveEndpoint.class);
                assertThat(endpoint.optionValue(option))
                        .as("option %s as set in the URI", option)
                        .hasToString("4711");
            }
        }
        for (String option : optionNames) {
            JsonNode property = json.at("/properties/" + option);
            assertThat(property.isMissingNode())
                    .as("endpoint option %s", option)
                    .isFalse();
            assertThat(property.path("description").asText())
                    .as("description of %s", option)
                    .isNotBlank();
            String header = "CamelPipedrive" + Character.toUpperCase(option.charAt(0)) + option.substring(1);
            assertThat(json.at("/headers/" + header).isMissingNode())
                    .as("header %s", header)
                    .isFalse();
        }
    }

    @Test
    void everyOptionAndHeaderIsDescribed() {
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            json.get(section)
                    .properties()
                    .forEach(e -> assertThat(e.getValue().path("description").asText())
                            .as("%s.%s", section, e.getKey())
                            .isNotBlank());
        }
    }

    @Test
    void camelUsesTheGeneratedUriFactoryAndKnowsTheTokenIsSecret() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("pipedrive");
            assertThat(factory).isInstanceOf(PipedriveEndpointUriFactory.class);
            assertThat(factory.secretPropertyNames()).contains("apiToken");
            assertThat(json.at("/properties/apiToken/secret").asBoolean()).isTrue();
            assertThat(json.at("/componentProperties/apiToken/secret").asBoolean())
                    .isTrue();
        }
    }

    @Test
    void unknownOperationIsRejectedWithTheResourcesOperations() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getEndpoint("pipedrive:deal/ad"))
                    .rootCause()
                    .hasMessageContaining("Unknown Pipedrive operation 'pipedrive:deal/ad'")
                    .hasMessageContaining("deal/add")
                    .hasMessageContaining("deal/merge");
        }
    }
}
