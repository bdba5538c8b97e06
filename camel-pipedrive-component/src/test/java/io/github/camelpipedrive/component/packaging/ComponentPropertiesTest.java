package io.github.camelpipedrive.component.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveComponent;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * META-INF/services/org/apache/camel/component.properties: the file Camel tooling (catalog, JBang, IDE plugins) reads
 * to list the components a jar contains. Every component it names must be one Camel can create and describe.
 */
class ComponentPropertiesTest {

    @Test
    void theJarListsItsComponentForCamelTooling() throws Exception {
        Properties ours = null;
        List<URL> urls = Collections.list(
                getClass().getClassLoader().getResources("META-INF/services/org/apache/camel/component.properties"));
        for (URL url : urls) {
            Properties p = new Properties();
            try (InputStream in = url.openStream()) {
                p.load(in);
            }
            if ("camel-pipedrive".equals(p.getProperty("artifactId"))) {
                ours = p;
            }
        }
        assertThat(ours)
                .as("component.properties of camel-pipedrive among %s", urls)
                .isNotNull();
        assertThat(ours.getProperty("components")).isEqualTo("pipedrive");
        assertThat(ours.getProperty("groupId")).isEqualTo("io.github.camelpipedrive");
        assertThat(ours.getProperty("version")).isEqualTo(System.getProperty("project.version"));

        try (DefaultCamelContext context = new DefaultCamelContext()) {
            for (String name : ours.getProperty("components").split("\\s+")) {
                assertThat(context.getComponent(name)).isInstanceOf(PipedriveComponent.class);
                assertThat(((CatalogCamelContext) context).getComponentParameterJsonSchema(name))
                        .contains("\"scheme\": \"" + name + "\"")
                        .contains("\"artifactId\": \"camel-pipedrive\"");
            }
        }
    }
}
