package io.github.camelpipedrive.quarkus.deployment;

import io.github.camelpipedrive.component.PipedriveConfiguration;
import io.github.camelpipedrive.component.auth.OAuthTokens;
import io.github.camelpipedrive.component.auth.PipedriveTokenStore;
import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.LogCategoryBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Level;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Build steps of the Camel Quarkus Pipedrive extension.
 * <p>
 * What Camel Quarkus core already does for every component is not repeated here: the component, configurer and URI
 * factory service files under {@code META-INF/services/org/apache/camel} are discovered by its default service
 * patterns, and the generated configurers set every option without reflection. What is left is what the component
 * (or a user's code around it) creates or binds by reflection, the resources it reads at run time, and TLS.
 */
class PipedriveProcessor {

    static final String FEATURE = "camel-pipedrive";

    /** The component's metadata (options, headers), read at run time by Camel's catalog and tooling. */
    static final String COMPONENT_JSON = "META-INF/io/github/camelpipedrive/component/pipedrive.json";

    private static final DotName TOKEN_STORE = DotName.createSimple(PipedriveTokenStore.class.getName());
    private static final DotName PIPEDRIVE_EXCEPTION = DotName.createSimple(PipedriveException.class.getName());

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** The component's jar carries a Jandex index; index it explicitly so the steps below see its classes. */
    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem("io.github.camelpipedrive", "camel-pipedrive");
    }

    /** Pipedrive is reached over HTTPS: a native image needs the JDK's TLS support. */
    @BuildStep
    ExtensionSslNativeSupportBuildItem ssl() {
        return new ExtensionSslNativeSupportBuildItem(FEATURE);
    }

    /**
     * At DEBUG, camel-main prints {@code camel.*} properties with their values, unmasked: {@code BaseMainSupport}
     * lists them all ("Properties from Camel properties component") and {@code MainHelper} logs each one it sets
     * ("Configured property: camel.component.pipedrive.apiToken=..."), the API token and OAuth secrets included, also
     * when only {@code org.apache.camel} is set to DEBUG. This default keeps camel-main's loggers at INFO, where they
     * print the masked auto-configuration summary; set {@code org.apache.camel.main}'s level explicitly to override.
     */
    @BuildStep
    LogCategoryBuildItem keepCamelMainPropertyDumpsOff() {
        return new LogCategoryBuildItem(CAMEL_MAIN_LOGGERS, Level.INFO);
    }

    static final String CAMEL_MAIN_LOGGERS = "org.apache.camel.main";

    @BuildStep
    NativeImageResourceBuildItem componentMetadata() {
        return new NativeImageResourceBuildItem(COMPONENT_JSON);
    }

    /**
     * The endpoint configuration is set by the generated configurer; Camel's property binding falls back to its
     * getters and setters for nested and reference values, as for Camel's own components.
     */
    @BuildStep
    ReflectiveClassBuildItem endpointConfiguration() {
        return ReflectiveClassBuildItem.builder(PipedriveConfiguration.class)
                .methods()
                .build();
    }

    /**
     * {@code oauthTokenStore} is bound from a bean reference ({@code #myStore}) or created from a class name
     * ({@code #class:com.acme.DbTokenStore}): every implementation in the application is registered, constructors
     * included. {@link OAuthTokens} is what a store saves and loads; it is registered so that a store may write it
     * with Jackson or another reflective mapper.
     */
    @BuildStep
    void tokenStores(CombinedIndexBuildItem combinedIndex, BuildProducer<ReflectiveClassBuildItem> reflective) {
        IndexView index = combinedIndex.getIndex();
        List<String> stores = new ArrayList<>();
        for (ClassInfo store : index.getAllKnownImplementors(TOKEN_STORE)) {
            if (!store.isInterface()) {
                stores.add(store.name().toString());
            }
        }
        if (!stores.isEmpty()) {
            reflective.produce(ReflectiveClassBuildItem.builder(stores.toArray(String[]::new))
                    .constructors()
                    .methods()
                    .build());
        }
        reflective.produce(ReflectiveClassBuildItem.builder(OAuthTokens.class)
                .constructors()
                .methods()
                .fields()
                .build());
    }

    /**
     * The component's exceptions are what a route's error handler sees. They are registered with their getters
     * (an error handler may marshal the status code, the Pipedrive error or the attempts to JSON) and for Java
     * serialization (an aggregation repository or a JMS object message may carry them).
     */
    @BuildStep
    void exceptions(CombinedIndexBuildItem combinedIndex, BuildProducer<ReflectiveClassBuildItem> reflective) {
        TreeSet<String> types = new TreeSet<>();
        types.add(PipedriveException.class.getName());
        for (ClassInfo type : combinedIndex.getIndex().getAllKnownSubclasses(PIPEDRIVE_EXCEPTION)) {
            types.add(type.name().toString());
        }
        reflective.produce(ReflectiveClassBuildItem.builder(types.toArray(String[]::new))
                .methods()
                .serialization()
                .build());
        reflective.produce(ReflectiveClassBuildItem.builder(ErrorDetails.class)
                .constructors()
                .methods()
                .fields()
                .build());
    }
}
