package io.github.camelpipedrive.component.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a secret option's value resolves to, and what each reference that cannot be resolved says: the option and the
 * variable or path, never a value. End to end (Camel Main, routes, real HTTP) in CamelMainSecretReferencesTest.
 */
class SecretReferenceTest {

    final SecretReference references =
            new SecretReference(Map.of("SET", "  tok-123\n", "EMPTY", "", "BLANK", " \n")::get);

    @Test
    void aLiteralValueIsTheValueExactlyAsGiven() {
        assertThat(references.value("apiToken", " 0a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d "))
                .isEqualTo(" 0a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d ");
        assertThat(references.value("oauthRefreshToken", "12345:67890:abcdef")).isEqualTo("12345:67890:abcdef");
        assertThat(references.value("apiToken", "ENV:SET"))
                .as("prefixes are lower case")
                .isEqualTo("ENV:SET");
        assertThat(references.value("apiToken", null)).isNull();
    }

    @Test
    void anEnvironmentReferenceIsTheVariablesValueTrimmed() {
        assertThat(references.value("apiToken", "env:SET")).isEqualTo("tok-123");
        assertThat(references.value("apiToken", "env: SET ")).isEqualTo("tok-123");
    }

    @Test
    void theProcessEnvironmentIsRead() {
        // PATH exists in every environment this builds in; only its resolution is checked
        assertThat(SecretReference.resolve("apiToken", "env:PATH"))
                .isEqualTo(System.getenv("PATH").strip());
    }

    @Test
    void anUnsetEmptyOrUnnamedVariableFailsNamingTheOptionAndTheVariable() {
        assertThatThrownBy(() -> references.value("webhookSecret", "env:UNSET"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read the secret option webhookSecret from env:UNSET: the environment variable "
                        + "UNSET is not set.");
        assertThatThrownBy(() -> references.value("apiToken", "env:EMPTY"))
                .hasMessage("Cannot read the secret option apiToken from env:EMPTY: the environment variable EMPTY is "
                        + "empty.");
        assertThatThrownBy(() -> references.value("apiToken", "env:BLANK"))
                .hasMessageEndingWith("the environment variable BLANK is empty.");
        assertThatThrownBy(() -> references.value("apiToken", "env:"))
                .hasMessage("Cannot read the secret option apiToken from env:: no variable is named after env:.");
    }

    @Test
    void aFileReferenceIsTheFilesContentTrimmed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "\n tok-from-file \r\n");
        assertThat(references.value("oauthClientSecret", "file:" + file)).isEqualTo("tok-from-file");
    }

    @Test
    void aFileThatCannotBeUsedFailsNamingTheOptionAndThePathButNoContent(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> references.value("apiToken", "file:" + missing))
                .hasMessage("Cannot read the secret option apiToken from file:" + missing + ": the file " + missing
                        + " does not exist.");
        assertThatThrownBy(() -> references.value("proxyAuthPassword", "file:" + dir))
                .hasMessage("Cannot read the secret option proxyAuthPassword from file:" + dir + ": the file " + dir
                        + " cannot be read (IOException).");
        Path empty = Files.writeString(dir.resolve("empty"), " \n");
        assertThatThrownBy(() -> references.value("apiToken", "file:" + empty))
                .hasMessageEndingWith("the file " + empty + " is empty.");
        Path large = Files.writeString(
                dir.resolve("large"), "secret-in-a-large-file".repeat(SecretReference.MAX_FILE_SIZE / 10));
        assertThatThrownBy(() -> references.value("apiToken", "file:" + large))
                .hasMessageEndingWith("the file " + large + " is larger than 65536 bytes.")
                .hasMessageNotContaining("secret-in-a-large-file");
        assertThatThrownBy(() -> references.value("apiToken", "file:"))
                .hasMessage("Cannot read the secret option apiToken from file:: no path is named after file:.");
    }
}
