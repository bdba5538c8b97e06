package io.github.camelpipedrive.component;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the component's package layering: the root package (component, endpoint, producer, configuration) is the top
 * and nothing below calls up into it; each package only uses the packages below it; {@code http}, {@code error} and
 * {@code support} are leaves. A new package has to be placed here before it builds.
 */
class LayeringTest {

    private static final String BASE = "io.github.camelpipedrive.component";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void packagesDoNotDependOnEachOtherInBothDirections() {
        slices().matching(BASE + ".(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("root")
                .definedBy(BASE)
                .layer("events")
                .definedBy(BASE + ".events..")
                .layer("paging")
                .definedBy(BASE + ".paging..")
                .layer("health")
                .definedBy(BASE + ".health..")
                .layer("upsert")
                .definedBy(BASE + ".upsert..")
                .layer("fields")
                .definedBy(BASE + ".fields..")
                .layer("request")
                .definedBy(BASE + ".request..")
                .layer("response")
                .definedBy(BASE + ".response..")
                .layer("transport")
                .definedBy(BASE + ".transport..")
                .layer("auth")
                .definedBy(BASE + ".auth..")
                .layer("ratelimit")
                .definedBy(BASE + ".ratelimit..")
                .layer("retry")
                .definedBy(BASE + ".retry..")
                .layer("catalog")
                .definedBy(BASE + ".catalog..")
                .layer("http")
                .definedBy(BASE + ".http..")
                .layer("error")
                .definedBy(BASE + ".error..")
                .layer("support")
                .definedBy(BASE + ".support..")
                .whereLayer("root")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("events")
                .mayOnlyAccessLayers("response", "transport", "ratelimit", "catalog", "http", "error", "support")
                .whereLayer("paging")
                .mayOnlyAccessLayers("request", "response", "transport", "catalog", "http", "error", "support")
                .whereLayer("health")
                .mayOnlyAccessLayers("transport", "auth", "ratelimit", "retry", "catalog", "http", "error", "support")
                .whereLayer("upsert")
                .mayOnlyAccessLayers(
                        "fields",
                        "request",
                        "response",
                        "transport",
                        "ratelimit",
                        "catalog",
                        "http",
                        "error",
                        "support")
                .whereLayer("fields")
                .mayOnlyAccessLayers("transport", "catalog", "http", "error", "support")
                .whereLayer("request")
                .mayOnlyAccessLayers("catalog", "error", "support")
                .whereLayer("response")
                .mayOnlyAccessLayers("http", "error", "support")
                .whereLayer("transport")
                .mayOnlyAccessLayers("auth", "ratelimit", "retry", "catalog", "http", "error", "support")
                .whereLayer("auth")
                .mayOnlyAccessLayers("http", "error", "support")
                .whereLayer("ratelimit")
                .mayOnlyAccessLayers("http", "error", "support")
                .whereLayer("retry")
                .mayOnlyAccessLayers("catalog", "http", "error", "support")
                .whereLayer("catalog")
                .mayOnlyAccessLayers("error", "support")
                .whereLayer("http")
                .mayNotAccessAnyLayer()
                .whereLayer("error")
                .mayNotAccessAnyLayer()
                .whereLayer("support")
                .mayNotAccessAnyLayer()
                .check(classes);
    }
}
