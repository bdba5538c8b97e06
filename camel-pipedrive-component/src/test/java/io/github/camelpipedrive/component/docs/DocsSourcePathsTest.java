package io.github.camelpipedrive.component.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java source file the documentation names exists: a link relative to the page
 * ({@code ../benchmarks/src/main/java/.../JfrHotspots.java}), a path inside a source tree
 * ({@code http/PipedriveHttpClient.java}, matched against the end of a source file's path), or a bare file name
 * ({@code RequestFactory.java}). A class that moves to another package has its mentions moved with it.
 */
class DocsSourcePathsTest {

    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    private static final Path DOCS = ROOT.resolve("docs");
    private static final Pattern JAVA_PATH = Pattern.compile("[A-Za-z0-9_./-]*[A-Za-z0-9_]\\.java\\b");

    @Test
    void everyJavaFileTheDocsNameExists() throws IOException {
        List<String> sources = javaSources();
        assertThat(sources).as("the project's Java sources").isNotEmpty();
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(DOCS)) {
            files.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        pages.add(ROOT.resolve("README.md"));

        List<String> missing = new ArrayList<>();
        int mentions = 0;
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = JAVA_PATH.matcher(lines.get(i));
                while (m.find()) {
                    mentions++;
                    String mention = m.group();
                    if (!exists(page, mention, sources)) {
                        missing.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + mention);
                    }
                }
            }
        }
        assertThat(mentions).as("the docs name Java files").isPositive();
        assertThat(missing).as("Java files named in the docs that do not exist").isEmpty();
    }

    private static boolean exists(Path page, String mention, List<String> sources) {
        if (mention.startsWith("../") || mention.startsWith("./")) {
            return Files.isRegularFile(page.getParent().resolve(mention).normalize());
        }
        String suffix = "/" + mention.replaceFirst("^/+", "");
        return sources.stream().anyMatch(s -> s.endsWith(suffix));
    }

    /** Every .java file of the project (build output and hidden folders left out), as {@code /path/from/root}. */
    private static List<String> javaSources() throws IOException {
        List<String> sources = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName().toString();
                return !dir.equals(ROOT)
                                && (name.equals("target") || name.equals("node_modules") || name.startsWith("."))
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.toString().endsWith(".java")) {
                    sources.add("/" + ROOT.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return sources;
    }
}
