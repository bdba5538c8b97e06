package io.github.camelpipedrive.component.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The derived Basic-auth pair: the same for every restart and instance with one key, different otherwise. */
class WebhookCredentialsTest {

    private static final String URL = "https://hooks.example.com/pipedrive/events/deal";

    @Test
    void theSameKeyAndRegistrationDeriveTheSamePairAndAnotherKeyAnotherUser() {
        WebhookCredentials first = WebhookCredentials.derived("key", URL, "deal", "*", "2.0");
        WebhookCredentials again = WebhookCredentials.derived("key", URL, "deal", "*", "2.0");
        WebhookCredentials otherKey = WebhookCredentials.derived("other", URL, "deal", "*", "2.0");
        WebhookCredentials otherAction = WebhookCredentials.derived("key", URL, "deal", "change", "2.0");

        assertThat(again.user()).isEqualTo(first.user());
        assertThat(again.password()).isEqualTo(first.password());
        assertThat(otherKey.user()).isNotEqualTo(first.user());
        assertThat(otherAction.password()).isNotEqualTo(first.password());
        assertThat(first.password()).doesNotContain("key").hasSizeGreaterThanOrEqualTo(40);
        assertThat(first.toString()).doesNotContain(first.password());
    }

    @Test
    void onlyTheExactAuthorizationHeaderMatches() {
        WebhookCredentials pair = WebhookCredentials.given("pd", "pw");
        assertThat(pair.matches("Basic cGQ6cHc=")).isTrue();
        assertThat(pair.matches("Basic cGQ6cHg=")).isFalse();
        assertThat(pair.matches("Bearer cGQ6cHc=")).isFalse();
        assertThat(pair.matches(null)).isFalse();
        assertThatThrownBy(() -> WebhookCredentials.given("pd", null))
                .hasMessageContaining("webhookAuthUser and webhookAuthPassword");
    }
}
