package io.github.camelpipedrive.component.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The OSGi manifest bnd wrote into target/classes (the one the jar carries) and the filtered Karaf features file:
 * every package the bundle imports must be exported, in the imported version range, by something the
 * camel-pipedrive feature installs. What a feature provides is computed from the real jars on the test class path
 * (their packages and versions), not from a hand-kept list of packages.
 */
class OsgiBundleTest {

    static final Path CLASSES = Path.of("target/classes");
    static final Path FEATURES = Path.of("target/feature/features.xml");
    static final String PROJECT_VERSION = System.getProperty("project.version");
    static final String CAMEL_VERSION = System.getProperty("camel.version");

    /**
     * The Camel modules camel-karaf 4.x's features install (apache/camel-karaf features/src/main/feature/
     * camel-features.xml): each as an org.apache.camel.karaf re-bundle exporting the Camel module's packages at the
     * Camel version. "jackson" installs the Jackson jars, which are OSGi bundles of their own.
     */
    static final Map<String, List<String>> CAMEL_KARAF_FEATURES = Map.of(
            "camel-core",
                    List.of(
                            "org.apache.camel:camel-api",
                            "org.apache.camel:camel-management-api",
                            "org.apache.camel:camel-util",
                            "org.apache.camel:camel-util-json",
                            "org.apache.camel:camel-support",
                            "org.apache.camel:camel-base",
                            "org.apache.camel:camel-base-engine",
                            "org.apache.camel:camel-management",
                            "org.apache.camel:camel-core-model",
                            "org.apache.camel:camel-core-reifier",
                            "org.apache.camel:camel-core-processor",
                            "org.apache.camel:camel-core-engine",
                            "org.apache.camel:camel-core-languages",
                            "org.apache.camel:camel-health",
                            "org.apache.camel:camel-xml-jaxp",
                            "org.apache.camel:camel-main",
                            "org.apache.camel:camel-bean",
                            "org.apache.camel:camel-direct",
                            "org.apache.camel:camel-file",
                            "org.apache.camel:camel-log",
                            "org.apache.camel:camel-timer"),
            "camel-jackson", List.of("org.apache.camel:camel-jackson", "feature:jackson"),
            "camel-webhook", List.of("org.apache.camel:camel-webhook"),
            "jackson",
                    List.of(
                            "com.fasterxml.jackson.core:jackson-databind",
                            "com.fasterxml.jackson.core:jackson-core",
                            "com.fasterxml.jackson.core:jackson-annotations"));

    /** Packages Karaf 4.4 itself exports (pax-logging-api carries SLF4J 2.0 and 1.7 APIs). */
    static final Map<String, String> KARAF_FRAMEWORK = Map.of("org.slf4j", "2.0.0");

    static Map<String, String> headers;
    static Document features;
    static Element feature;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("META-INF/MANIFEST.MF"))) {
            Manifest manifest = new Manifest(in);
            headers = new TreeMap<>();
            manifest.getMainAttributes().forEach((k, v) -> headers.put(k.toString(), v.toString()));
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        features = factory.newDocumentBuilder().parse(FEATURES.toFile());
        NodeList list = features.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if ("camel-pipedrive".equals(e.getAttribute("name"))) {
                feature = e;
            }
        }
        assertThat(feature).as("feature camel-pipedrive in %s", FEATURES).isNotNull();
    }

    @Test
    void theJarIsABundleExportingOnlyThePublicApi() {
        assertThat(headers)
                .containsEntry("Bundle-ManifestVersion", "2")
                .containsEntry("Bundle-SymbolicName", "io.github.camelpipedrive.camel-pipedrive")
                .containsEntry("Bundle-Version", PROJECT_VERSION.replace("-SNAPSHOT", ".SNAPSHOT"));
        Map<String, Map<String, String>> exports = clauses(headers.get("Export-Package"));
        assertThat(exports.keySet())
                .containsExactlyInAnyOrder(
                        "io.github.camelpipedrive.component",
                        "io.github.camelpipedrive.component.auth",
                        "io.github.camelpipedrive.component.error",
                        "io.github.camelpipedrive.component.fields",
                        "io.github.camelpipedrive.component.ratelimit");
        exports.values()
                .forEach(attrs -> assertThat(attrs).containsEntry("version", PROJECT_VERSION.replace("-SNAPSHOT", "")));
    }

    @Test
    void everyImportHasAVersionRangeExceptTheJavaRuntimes() {
        clauses(headers.get("Import-Package")).forEach((pkg, attrs) -> {
            if (!jrePackages().contains(pkg)) {
                assertThat(attrs.get("version"))
                        .as("version range of Import-Package %s", pkg)
                        .startsWith("[");
            }
        });
        assertThat(clauses(headers.get("Import-Package")))
                .containsKeys("org.apache.camel", "org.apache.hc.client5.http", "com.fasterxml.jackson.databind");
    }

    @Test
    void theCamelServiceFilesAreInsideTheBundle() throws IOException {
        Path services = CLASSES.resolve("META-INF/services/org/apache/camel");
        assertThat(Files.readString(services.resolve("component/pipedrive")))
                .contains("class=io.github.camelpipedrive.component.PipedriveComponent");
        assertThat(services.resolve("configurer/pipedrive-component")).exists();
        assertThat(services.resolve("configurer/pipedrive-endpoint")).exists();
        assertThat(services.resolve("urifactory/pipedrive-endpoint")).exists();
        assertThat(services.resolve("component.properties")).exists();
    }

    @Test
    void theFeatureInstallsTheBundleOnTopOfCamelKarafsFeatures() {
        assertThat(features.getDocumentElement()
                        .getElementsByTagNameNS("*", "repository")
                        .item(0)
                        .getTextContent())
                .isEqualTo("mvn:org.apache.camel.karaf/apache-camel/" + CAMEL_VERSION + "/xml/features");
        assertThat(childFeatures()).containsKeys("camel-core", "camel-jackson", "wrap");
        assertThat(childFeatures().get("camel-core")).isEqualTo(CAMEL_VERSION);
        assertThat(bundles()).contains("mvn:io.github.camelpipedrive/camel-pipedrive/" + PROJECT_VERSION);
        // every wrapped jar is a dependency of the component, at the version the build uses
        for (String bundle : bundles()) {
            if (bundle.startsWith("wrap:")) {
                assertThat(jarOnClassPath(mavenCoordinates(bundle)))
                        .as("jar of %s on the class path", bundle)
                        .isNotNull();
            }
        }
    }

    @Test
    void theKarafCommandsOfTheDocsNameTheAttachedFeaturesFile() throws IOException {
        String doc = Files.readString(Path.of("../docs/deployment.md"));
        String karaf = doc.substring(doc.indexOf("\n## Karaf (OSGi)\n"));
        assertThat(karaf)
                .contains("karaf@root()> feature:repo-add mvn:io.github.camelpipedrive/camel-pipedrive/"
                        + PROJECT_VERSION + "/xml/features\n");
        Matcher install = Pattern.compile("feature:install (\\S+)").matcher(karaf);
        assertThat(install.find()).isTrue();
        assertThat(install.group(1)).isEqualTo(feature.getAttribute("name"));
    }

    @Test
    void everyImportedPackageIsProvidedByTheFeature() throws IOException {
        assertThat(unresolvedImports(bundles())).isEmpty();
    }

    @Test
    void theCheckFindsAMissingDependency() throws IOException {
        // without the wrapped HttpClient jar, its packages are reported: the check above can fail
        List<String> withoutHttpClient =
                bundles().stream().filter(b -> !b.contains("/httpclient5/")).toList();
        assertThat(unresolvedImports(withoutHttpClient))
                .contains("org.apache.hc.client5.http")
                .doesNotContain("org.apache.camel");
    }

    // ---- what the feature provides, from the real jars

    static Set<String> unresolvedImports(List<String> bundles) throws IOException {
        Map<String, List<String>> provided = new TreeMap<>(); // package -> versions
        clauses(headers.get("Export-Package"))
                .forEach((pkg, a) ->
                        provided.computeIfAbsent(pkg, k -> new ArrayList<>()).add(a.get("version")));
        KARAF_FRAMEWORK.forEach((pkg, v) ->
                provided.computeIfAbsent(pkg, k -> new ArrayList<>()).add(v));
        for (String name : childFeatures().keySet()) {
            addFeature(name, provided);
        }
        for (String bundle : bundles) {
            if (bundle.startsWith("wrap:")) {
                String[] gav = mavenCoordinates(bundle);
                Path jar = jarOnClassPath(gav);
                if (jar == null) {
                    continue;
                }
                Map<String, String> instructions = wrapInstructions(bundle);
                String version = clauses(instructions.get("Export-Package"))
                        .values()
                        .iterator()
                        .next()
                        .get("version");
                List<Pattern> exported = clauses(instructions.get("Export-Package")).keySet().stream()
                        .map(p -> Pattern.compile(Pattern.quote(p).replace("*", "\\E.*\\Q")))
                        .toList();
                for (String pkg : packagesOf(jar)) {
                    if (exported.stream().anyMatch(p -> p.matcher(pkg).matches())) {
                        provided.computeIfAbsent(pkg, k -> new ArrayList<>()).add(version);
                    }
                }
            }
        }
        Set<String> unresolved = new TreeSet<>();
        clauses(headers.get("Import-Package")).forEach((pkg, attrs) -> {
            if (jrePackages().contains(pkg) || "optional".equals(attrs.get("resolution:"))) {
                return;
            }
            String range = attrs.getOrDefault("version", "0");
            if (provided.getOrDefault(pkg, List.of()).stream().noneMatch(v -> inRange(v, range))) {
                unresolved.add(pkg);
            }
        });
        return unresolved;
    }

    static void addFeature(String name, Map<String, List<String>> provided) throws IOException {
        for (String member : CAMEL_KARAF_FEATURES.getOrDefault(name, List.of())) {
            if (member.startsWith("feature:")) {
                addFeature(member.substring("feature:".length()), provided);
                continue;
            }
            String[] ga = member.split(":");
            Path jar = jarOnClassPath(new String[] {ga[0], ga[1], null});
            if (jar == null) {
                continue; // not a dependency of the component: it cannot be what an import needs
            }
            Map<String, Map<String, String>> exports = bundleExports(jar);
            if (exports != null) { // a real bundle: what its manifest exports
                exports.forEach((pkg, a) ->
                        provided.computeIfAbsent(pkg, k -> new ArrayList<>()).add(a.getOrDefault("version", "0")));
            } else { // a Camel module, re-bundled by camel-karaf: all its packages at the Camel version
                for (String pkg : packagesOf(jar)) {
                    provided.computeIfAbsent(pkg, k -> new ArrayList<>()).add(CAMEL_VERSION);
                }
            }
        }
    }

    static Map<String, String> childFeatures() {
        Map<String, String> result = new LinkedHashMap<>();
        NodeList list = feature.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            result.put(e.getTextContent().trim(), e.getAttribute("version"));
        }
        return result;
    }

    static List<String> bundles() {
        List<String> result = new ArrayList<>();
        NodeList list = feature.getElementsByTagNameNS("*", "bundle");
        for (int i = 0; i < list.getLength(); i++) {
            result.add(list.item(i).getTextContent().trim());
        }
        return result;
    }

    /** wrap:mvn:g/a/v$k=v&k=v -> g, a, v */
    static String[] mavenCoordinates(String bundle) {
        Matcher m = Pattern.compile("(?:wrap:)?mvn:([^/]+)/([^/]+)/([^/$]+).*").matcher(bundle);
        assertThat(m.matches()).as("Maven URL %s", bundle).isTrue();
        return new String[] {m.group(1), m.group(2), m.group(3)};
    }

    static Map<String, String> wrapInstructions(String bundle) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : bundle.substring(bundle.indexOf('$') + 1).split("&")) {
            int eq = pair.indexOf('=');
            result.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return result;
    }

    /** The jar of group:artifact(:version) on the test class path (Maven repository layout), or null. */
    static Path jarOnClassPath(String[] gav) {
        String dir = "/" + gav[0].replace('.', '/') + "/" + gav[1] + "/";
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (e.endsWith(".jar") && e.contains(dir)) {
                String version = e.substring(e.indexOf(dir) + dir.length(), e.lastIndexOf('/'));
                if ((gav[2] == null || gav[2].equals(version)) && e.endsWith("/" + gav[1] + "-" + version + ".jar")) {
                    return Path.of(entry);
                }
            }
        }
        return null;
    }

    static Set<String> packagesOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("META-INF/"))
                    .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static Map<String, Map<String, String>> bundleExports(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            String exports = m == null ? null : m.getMainAttributes().getValue("Export-Package");
            return m == null || m.getMainAttributes().getValue("Bundle-SymbolicName") == null || exports == null
                    ? null
                    : clauses(exports);
        }
    }

    static Set<String> jrePackages() {
        return ModuleLayer.boot().modules().stream()
                .map(Module::getDescriptor)
                .flatMap(d -> d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source))
                .collect(Collectors.toSet());
    }

    // ---- OSGi header syntax: clauses split on commas outside quotes; attributes "k=v", directives "k:=v"

    static Map<String, Map<String, String>> clauses(String header) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> attrs = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    names.add(part.trim());
                } else {
                    String key = part.substring(0, eq).trim();
                    attrs.put(
                            key.endsWith(":") ? key : key,
                            part.substring(eq + 1).trim().replace("\"", ""));
                }
            }
            names.forEach(n -> result.put(n, attrs));
        }
        return result;
    }

    static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    static boolean inRange(String version, String range) {
        if (!range.startsWith("[") && !range.startsWith("(")) {
            return compare(version, range) >= 0;
        }
        String[] bounds = range.substring(1, range.length() - 1).split(",");
        int low = compare(version, bounds[0].trim());
        int high = compare(version, bounds[1].trim());
        return (range.startsWith("[") ? low >= 0 : low > 0) && (range.endsWith("]") ? high <= 0 : high < 0);
    }

    static int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(number(x, i), number(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static int number(String[] parts, int i) {
        return i < parts.length && parts[i].matches("\\d+") ? Integer.parseInt(parts[i]) : 0;
    }
}
