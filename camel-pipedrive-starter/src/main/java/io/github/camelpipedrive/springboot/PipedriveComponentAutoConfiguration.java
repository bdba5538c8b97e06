package io.github.camelpipedrive.springboot;

import io.github.camelpipedrive.component.PipedriveComponent;
import org.apache.camel.Component;
import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the component named {@code pipedrive} from the {@code camel.component.pipedrive.*} properties, the way
 * Apache Camel's own starters do: Camel creates the component when a route first names it and runs this customizer
 * (and every other {@link ComponentCustomizer} bean) on it.
 *
 * <p>Only the options the application sets are copied: the component keeps its own defaults for the rest. A
 * {@link PipedriveComponent} bean named {@code pipedrive} that the application declares itself wins: the starter then
 * leaves it as the application built it (other {@link ComponentCustomizer} beans still run on it, as Camel runs them on
 * every component).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, PipedriveComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.pipedrive"})
public class PipedriveComponentAutoConfiguration {

    /** The component name, and the scheme of its endpoints, that the properties configure. */
    public static final String COMPONENT_NAME = "pipedrive";

    @Bean
    @ConfigurationPropertiesBinding
    static PipedriveComponentConverter pipedriveComponentConverter(ApplicationContext applicationContext) {
        return new PipedriveComponentConverter(applicationContext);
    }

    @Lazy
    @Bean
    @ConditionalOnMissingBean(name = COMPONENT_NAME)
    public ComponentCustomizer configurePipedriveComponent(
            ApplicationContext applicationContext, PipedriveComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(
                                applicationContext,
                                "camel.component.customizer",
                                "camel.component.pipedrive.customizer")
                        && COMPONENT_NAME.equals(name)
                        && target instanceof PipedriveComponent;
            }

            @Override
            public int getOrder() {
                // the properties first: the application's own customizers run after them and may change anything
                return Ordered.HIGHEST;
            }
        };
    }
}
