package io.github.camelpipedrive.springboot.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the starter's option classes from the component's generated metadata (pipedrive.json, read from the
 * camel-pipedrive jar on the classpath), so the camel.component.pipedrive.* properties are exactly the component
 * options: same names, types, defaults, descriptions and enum values.
 *
 * <p>Run by exec-maven-plugin in generate-sources as a single-file Java program:
 * {@code java -cp <compile classpath> GenerateStarterSources.java <java output dir> <resources output dir>}.
 *
 * <p>Writes:
 * <ul>
 * <li>PipedriveComponentConfiguration: one field per component option (Javadoc = the option's description), no
 * initial values, so only the options a user sets are copied onto the component and its own defaults stay;</li>
 * <li>PipedriveComponentConverter: "#name" / "#bean:name" to the Spring bean, for the object-typed options;</li>
 * <li>META-INF/spring-configuration-metadata.json, what IDEs read: every option with its description and default
 * exactly as in the component metadata, and a value hint per enum option. (Written here rather than by
 * spring-boot-configuration-processor, which reformats Javadoc and guesses defaults.)</li>
 * </ul>
 */
public final class GenerateStarterSources {

    static final String METADATA = "META-INF/io/github/camelpipedrive/component/pipedrive.json";
    static final String PACKAGE = "io.github.camelpipedrive.springboot";
    static final String PREFIX = "camel.component.pipedrive";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException(
                    "usage: GenerateStarterSources <java output dir> <resources output dir>");
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try (InputStream in = GenerateStarterSources.class.getClassLoader().getResourceAsStream(METADATA)) {
            if (in == null) {
                throw new IllegalStateException(METADATA + " is not on the classpath: build camel-pipedrive first");
            }
            root = mapper.readTree(in);
        }
        List<Option> options = options(root);
        Path javaDir = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(javaDir);
        write(javaDir.resolve("PipedriveComponentConfiguration.java"), configuration(root.path("component"), options));
        write(javaDir.resolve("PipedriveComponentConverter.java"), converter(options));
        Path metaDir = Path.of(args[1]).resolve("META-INF");
        Files.createDirectories(metaDir);
        write(
                metaDir.resolve("spring-configuration-metadata.json"),
                mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(metadata(mapper, options)) + "\n");
        System.out.println("GenerateStarterSources: " + options.size() + " camel.component.pipedrive options written");
    }

    static List<Option> options(JsonNode root) {
        List<Option> options = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        root.path("componentProperties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            options.add(new Option(e.getKey(), e.getValue()));
        }
        if (options.isEmpty()) {
            throw new IllegalStateException(METADATA + " lists no componentProperties");
        }
        return options;
    }

    /** One component option as the component's metadata describes it. */
    static final class Option {
        final String name;
        final JsonNode json;

        Option(String name, JsonNode json) {
            this.name = name;
            this.json = json;
        }

        String javaType() {
            String javaType = json.path("javaType").asText();
            if ("duration".equals(json.path("type").asText())) {
                // "5s", "1m30s" or milliseconds: Camel's configurer converts the text
                return "java.lang.String";
            }
            switch (javaType) {
                case "int":
                    return "java.lang.Integer";
                case "long":
                    return "java.lang.Long";
                case "boolean":
                    return "java.lang.Boolean";
                case "double":
                    return "java.lang.Double";
                case "float":
                    return "java.lang.Float";
                case "short":
                    return "java.lang.Short";
                case "byte":
                    return "java.lang.Byte";
                case "char":
                    return "java.lang.Character";
                default:
                    return javaType;
            }
        }

        boolean isBeanReference() {
            return "object".equals(json.path("type").asText())
                    && !javaType().contains("<")
                    && !javaType().startsWith("java.lang.");
        }

        String description() {
            return json.path("description").asText();
        }

        String kebabName() {
            StringBuilder sb = new StringBuilder();
            for (char c : name.toCharArray()) {
                if (Character.isUpperCase(c)) {
                    sb.append('-').append(Character.toLowerCase(c));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        String capitalized() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    static String configuration(JsonNode component, List<Option> options) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n");
        s.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n");
        s.append("/**\n * ")
                .append(javadoc(component.path("description").asText()))
                .append("\n *\n");
        s.append(
                " * <p>The camel.component.pipedrive.* options, one per component option. Generated from the component's\n");
        s.append(
                " * metadata by src/build/java/io/github/camelpipedrive/springboot/build/GenerateStarterSources.java: do not edit.\n */\n");
        s.append("@ConfigurationProperties(prefix = \"").append(PREFIX).append("\")\n");
        s.append("public class PipedriveComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n");
        s.append("    /** The names of the options that hold secrets (never printed). */\n");
        s.append("    public static final java.util.Set<String> SECRET_OPTIONS = java.util.Set.of(");
        List<String> secrets = new ArrayList<>();
        for (Option o : options) {
            if (o.json.path("secret").asBoolean()) {
                secrets.add(literal(o.name));
            }
        }
        s.append(String.join(", ", secrets)).append(");\n\n");
        s.append(
                "    /**\n     * Whether to enable auto configuration of the pipedrive component. This is enabled by default.\n     */\n");
        s.append("    private Boolean enabled;\n");
        for (Option o : options) {
            s.append("    /**\n     * ").append(javadoc(o.description()));
            if (o.json.has("defaultValue")) {
                s.append(" Default: ")
                        .append(javadoc(o.json.get("defaultValue").asText()))
                        .append('.');
            }
            s.append("\n     */\n");
            if (o.json.path("deprecated").asBoolean()) {
                s.append("    @Deprecated\n");
            }
            s.append("    private ")
                    .append(o.javaType())
                    .append(' ')
                    .append(o.name)
                    .append(";\n");
        }
        s.append("\n    public Boolean getEnabled() {\n        return enabled;\n    }\n\n");
        s.append("    public void setEnabled(Boolean enabled) {\n        this.enabled = enabled;\n    }\n");
        for (Option o : options) {
            String dep = o.json.path("deprecated").asBoolean() ? "    @Deprecated\n" : "";
            s.append('\n')
                    .append(dep)
                    .append("    public ")
                    .append(o.javaType())
                    .append(" get")
                    .append(o.capitalized())
                    .append("() {\n        return ")
                    .append(o.name)
                    .append(";\n    }\n");
            s.append('\n')
                    .append(dep)
                    .append("    public void set")
                    .append(o.capitalized())
                    .append('(')
                    .append(o.javaType())
                    .append(' ')
                    .append(o.name)
                    .append(") {\n        this.")
                    .append(o.name)
                    .append(" = ")
                    .append(o.name)
                    .append(";\n    }\n");
        }
        if (!secrets.isEmpty()) {
            // the inherited toString() is Object's; say so explicitly so no one adds one that prints secrets
            s.append("\n    @Override\n    public String toString() {\n");
            s.append("        return \"PipedriveComponentConfiguration(secrets masked)\";\n    }\n");
        }
        s.append("}\n");
        return s.toString();
    }

    static String converter(List<Option> options) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import java.util.LinkedHashSet;\nimport java.util.Set;\n\n");
        s.append("import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;\n");
        s.append("import org.springframework.context.ApplicationContext;\n");
        s.append("import org.springframework.core.convert.TypeDescriptor;\n");
        s.append("import org.springframework.core.convert.converter.GenericConverter;\n\n");
        s.append(
                "/**\n * Turns \"#name\" or \"#bean:name\" in a camel.component.pipedrive.* property into the Spring bean of that\n");
        s.append(
                " * name, for the options that take an object. Generated by src/build/java/io/github/camelpipedrive/springboot/build/GenerateStarterSources.java: do not edit.\n */\n");
        s.append("@ConfigurationPropertiesBinding\n");
        s.append("public class PipedriveComponentConverter implements GenericConverter {\n\n");
        s.append("    private final ApplicationContext applicationContext;\n\n");
        s.append("    public PipedriveComponentConverter(ApplicationContext applicationContext) {\n");
        s.append("        this.applicationContext = applicationContext;\n    }\n\n");
        s.append("    @Override\n    public Set<ConvertiblePair> getConvertibleTypes() {\n");
        s.append("        Set<ConvertiblePair> answer = new LinkedHashSet<>();\n");
        List<String> types = new ArrayList<>();
        for (Option o : options) {
            if (o.isBeanReference() && !types.contains(o.javaType())) {
                types.add(o.javaType());
            }
        }
        for (String t : types) {
            s.append("        answer.add(new ConvertiblePair(String.class, ")
                    .append(t)
                    .append(".class));\n");
        }
        s.append("        return answer;\n    }\n\n");
        s.append(
                "    @Override\n    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n");
        s.append("        if (source == null) {\n            return null;\n        }\n");
        s.append("        String ref = source.toString();\n");
        s.append("        if (!ref.startsWith(\"#\")) {\n            return null;\n        }\n");
        s.append("        ref = ref.startsWith(\"#bean:\") ? ref.substring(6) : ref.substring(1);\n");
        s.append("        return applicationContext.getBean(ref, targetType.getType());\n    }\n}\n");
        return s.toString();
    }

    static ObjectNode metadata(ObjectMapper mapper, List<Option> options) {
        ObjectNode root = mapper.createObjectNode();
        String configuration = PACKAGE + ".PipedriveComponentConfiguration";
        String customizer = "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon$CustomizerProperties";
        ArrayNode groups = root.putArray("groups");
        groups.addObject().put("name", PREFIX).put("type", configuration).put("sourceType", configuration);
        groups.addObject()
                .put("name", PREFIX + ".customizer")
                .put("type", customizer)
                .put("sourceType", configuration)
                .put("sourceMethod", "getCustomizer()");
        ArrayNode properties = root.putArray("properties");
        ArrayNode hints = root.putArray("hints");
        properties
                .addObject()
                .put("name", PREFIX + ".enabled")
                .put("type", "java.lang.Boolean")
                .put(
                        "description",
                        "Whether to enable auto configuration of the pipedrive component. This is enabled by default.")
                .put("sourceType", configuration);
        properties
                .addObject()
                .put("name", PREFIX + ".customizer.enabled")
                .put("type", "java.lang.Boolean")
                .put(
                        "description",
                        "Whether the camel.component.pipedrive.* properties are applied to the component (default true).")
                .put("sourceType", customizer);
        for (Option o : options) {
            ObjectNode p = properties.addObject();
            p.put("name", PREFIX + "." + o.kebabName());
            p.put("type", o.javaType());
            p.put("description", o.description());
            p.put("sourceType", PACKAGE + ".PipedriveComponentConfiguration");
            if (o.json.has("defaultValue")) {
                JsonNode d = o.json.get("defaultValue");
                p.set(
                        "defaultValue",
                        "java.lang.String".equals(o.javaType()) && !d.isTextual()
                                ? mapper.getNodeFactory().textNode(d.asText())
                                : d);
            }
            if (o.json.path("deprecated").asBoolean()) {
                ObjectNode dep = p.putObject("deprecation");
                dep.put("level", "warning");
                if (o.json.hasNonNull("deprecationNote")) {
                    dep.put("reason", o.json.get("deprecationNote").asText());
                }
            }
            if (o.json.has("enum")) {
                ObjectNode h = hints.addObject();
                h.put("name", PREFIX + "." + o.kebabName());
                ArrayNode values = h.putArray("values");
                for (JsonNode v : o.json.get("enum")) {
                    values.addObject().put("value", v.asText());
                }
            }
        }
        return root;
    }

    static String javadoc(String text) {
        // keep the text as it is for readers of the source; only what would end the comment or start an escape changes
        return text.replace("*/", "*&#47;")
                .replace("\\u", "\\\\u")
                .replace("@", "&#64;")
                .replace("\n", " ");
    }

    static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void write(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return; // unchanged: keep the timestamp so the compiler sees nothing new
        }
        Files.write(file, bytes);
    }

    private GenerateStarterSources() {
        Locale.getDefault(); // utility class
    }
}
