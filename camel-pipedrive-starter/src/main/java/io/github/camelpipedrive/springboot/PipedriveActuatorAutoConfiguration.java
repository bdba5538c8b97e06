package io.github.camelpipedrive.springboot;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks the component's secret options (API token, OAuth tokens and client secret, proxy password) in Actuator's
 * {@code /actuator/configprops} and {@code /actuator/env} even where an application shows values
 * ({@code management.endpoint.configprops.show-values=always}), under any spelling of the key
 * ({@code camel.component.pipedrive.api-token}, {@code CAMEL_COMPONENT_PIPEDRIVE_APITOKEN}, the bound
 * {@code apiToken}).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class PipedriveActuatorAutoConfiguration {

    @Bean
    public SanitizingFunction pipedriveSecretOptionsSanitizer() {
        return PipedriveActuatorAutoConfiguration::sanitize;
    }

    static SanitizableData sanitize(SanitizableData data) {
        String key = data.getLowerCaseKey().replaceAll("[^a-z0-9]", "");
        for (String secret : PipedriveComponentConfiguration.SECRET_OPTIONS) {
            if (key.endsWith(secret.toLowerCase(Locale.ROOT))) {
                return data.withValue(SanitizableData.SANITIZED_VALUE);
            }
        }
        return data;
    }
}
