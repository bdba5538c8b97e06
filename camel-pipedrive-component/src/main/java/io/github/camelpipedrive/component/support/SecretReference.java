package io.github.camelpipedrive.component.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The value of a secret option: the literal value, or a reference the component resolves itself when it needs the
 * value, so Camel only ever handles (and may print) the reference: {@code env:NAME} is the environment variable
 * {@code NAME}, {@code file:PATH} the content of the file {@code PATH} (UTF-8, leading and trailing white space
 * removed, as Kubernetes and Docker mount secrets). A value starting with {@code env:} or {@code file:} is always a
 * reference; Pipedrive's API tokens (hex) and OAuth tokens (digits and colons) never start so, and a password that does
 * goes into a file named by {@code file:}. Failures name the option and the variable or path, never a value. A leaf:
 * it depends on nothing of the component.
 */
public final class SecretReference {

    /** The prefix of a reference to an environment variable. */
    public static final String ENV = "env:";
    /** The prefix of a reference to a file. */
    public static final String FILE = "file:";
    /** The largest secret file read, in bytes: a secret is short; a larger file is the wrong file. */
    public static final int MAX_FILE_SIZE = 64 * 1024;

    /** The sentence every secret option's description ends with. */
    public static final String OPTION_HELP = " Instead of the value, env:NAME (the environment variable NAME) or "
            + "file:PATH (the file's content, trimmed) may be given: the component reads the value itself, so it never "
            + "passes through Camel's configuration or logs.";

    private static final SecretReference SYSTEM = new SecretReference(System::getenv);

    private final UnaryOperator<String> environment;

    /** References resolved against {@code environment} (a variable's name to its value, null when unset). */
    public SecretReference(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** The value of {@code option}: {@code value} itself, or what it refers to (the process's environment). */
    public static String resolve(String option, String value) {
        return SYSTEM.value(option, value);
    }

    /** Whether {@code value} is a reference ({@code env:} or {@code file:}) rather than a literal value. */
    public static boolean isReference(String value) {
        return value != null && (value.startsWith(ENV) || value.startsWith(FILE));
    }

    /**
     * The value of {@code option}: {@code value} itself when it is a literal (or null), else the variable's value or
     * the file's content.
     *
     * @throws IllegalArgumentException naming the option and the variable or path when the reference cannot be
     *     resolved: a variable not set or empty, a file missing, unreadable, empty or larger than 64 KiB
     */
    public String value(String option, String value) {
        if (value == null) {
            return null;
        }
        if (value.startsWith(ENV)) {
            return fromEnvironment(option, value.substring(ENV.length()).strip());
        }
        if (value.startsWith(FILE)) {
            return fromFile(option, value.substring(FILE.length()).strip());
        }
        return value;
    }

    private String fromEnvironment(String option, String name) {
        if (name.isEmpty()) {
            throw failure(option, ENV, name, "no variable is named after env:");
        }
        String value = environment.apply(name);
        if (value == null) {
            throw failure(option, ENV, name, "the environment variable " + name + " is not set");
        }
        String secret = value.strip();
        if (secret.isEmpty()) {
            throw failure(option, ENV, name, "the environment variable " + name + " is empty");
        }
        return secret;
    }

    private static String fromFile(String option, String path) {
        if (path.isEmpty()) {
            throw failure(option, FILE, path, "no path is named after file:");
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            content = in.readNBytes(MAX_FILE_SIZE + 1);
        } catch (NoSuchFileException e) {
            throw failure(option, FILE, path, "the file " + path + " does not exist");
        } catch (IOException | InvalidPathException | SecurityException e) {
            // the exception's own message holds the path at most, never content: none was read
            throw failure(
                    option,
                    FILE,
                    path,
                    "the file " + path + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (content.length > MAX_FILE_SIZE) {
            throw failure(option, FILE, path, "the file " + path + " is larger than " + MAX_FILE_SIZE + " bytes");
        }
        String secret = new String(content, StandardCharsets.UTF_8).strip();
        if (secret.isEmpty()) {
            throw failure(option, FILE, path, "the file " + path + " is empty");
        }
        return secret;
    }

    private static IllegalArgumentException failure(String option, String prefix, String target, String reason) {
        return new IllegalArgumentException(
                "Cannot read the secret option " + option + " from " + prefix + target + ": " + reason + ".");
    }
}
