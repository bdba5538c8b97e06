package io.github.camelpipedrive.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Each kind of option, set in application properties (kebab-case), lands on the component Camel uses. */
@SpringBootTest(
        classes = {StarterTestApplication.class, OptionBindingTest.Beans.class},
        properties = {
            "camel.component.pipedrive.api-token=bound-token", // string
            "camel.component.pipedrive.burst-limit=7", // int
            "camel.component.pipedrive.field-cache-ttl=1234", // long
            "camel.component.pipedrive.burst-limit-fixed=true", // boolean
            "camel.component.pipedrive.rate-limit-governor=false", // boolean with default true
            "camel.component.pipedrive.http-client=#myHttpClient", // bean reference
            "camel.component.pipedrive.ssl-context-parameters=#bean:myTls", // bean reference, long form
            "camel.component.pipedrive.oauth-token-url=https://example.test/token"
        })
class OptionBindingTest {

    @TestConfiguration
    static class Beans {
        @Bean(destroyMethod = "close")
        CloseableHttpClient myHttpClient() {
            return HttpClients.createDefault();
        }

        @Bean
        SSLContextParameters myTls() {
            return new SSLContextParameters();
        }
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    CloseableHttpClient myHttpClient;

    @Autowired
    SSLContextParameters myTls;

    @Test
    void everyKindOfOptionIsBound() {
        PipedriveComponent component = camelContext.getComponent("pipedrive", PipedriveComponent.class);

        assertThat(component.getApiToken()).isEqualTo("bound-token");
        assertThat(component.getBurstLimit()).isEqualTo(7);
        assertThat(component.getFieldCacheTtl()).isEqualTo(1234L);
        assertThat(component.isBurstLimitFixed()).isTrue();
        assertThat(component.isRateLimitGovernor()).isFalse();
        assertThat(component.getHttpClient()).isSameAs(myHttpClient);
        assertThat(component.getSslContextParameters()).isSameAs(myTls);
        assertThat(component.getOauthTokenUrl()).isEqualTo("https://example.test/token");
    }

    @Test
    void optionsNotSetKeepTheComponentDefaults() {
        PipedriveComponent component = camelContext.getComponent("pipedrive", PipedriveComponent.class);

        assertThat(component.getMaxRetries()).isEqualTo(3);
        assertThat(component.getConnectTimeout()).isEqualTo(10000);
        assertThat(component.getBurstWindow()).isEqualTo(2000L);
        assertThat(component.getBaseUrl()).isNull();
    }
}
