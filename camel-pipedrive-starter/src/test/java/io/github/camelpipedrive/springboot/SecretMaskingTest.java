package io.github.camelpipedrive.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;

/** Actuator's env and configprops masks the component's secrets under every spelling of the key. */
class SecretMaskingTest {

    @Test
    void secretOptionsAreMaskedUnderAnySpelling() {
        for (String key : new String[] {
            "camel.component.pipedrive.api-token",
            "CAMEL_COMPONENT_PIPEDRIVE_APITOKEN",
            "apiToken",
            "camel.component.pipedrive.oauth-client-secret",
            "oauthRefreshToken",
            "camel.component.pipedrive.proxy-auth-password",
            "camel.component.pipedrive.oauth-access-token"
        }) {
            assertThat(PipedriveActuatorAutoConfiguration.sanitize(new SanitizableData(null, key, "s3cr3t"))
                            .getValue())
                    .as(key)
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
        }
    }

    @Test
    void otherOptionsStayReadable() {
        SanitizableData data = new SanitizableData(null, "camel.component.pipedrive.base-url", "http://127.0.0.1:1");

        assertThat(PipedriveActuatorAutoConfiguration.sanitize(data).getValue()).isEqualTo("http://127.0.0.1:1");
    }
}
