package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request journal: what the client sent, attempt by attempt, never with the token's value. */
class JournalTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create(b -> b.token("secret-token-value"));

    @Test
    void recordsWhatWasSentWithoutTheToken() {
        Http http = new Http(pipedrive.baseUrl(), "secret-token-value");
        http.post("/api/v2/deals", obj("title", "Journal"));
        http.get("/api/v2/deals?limit=1");
        new Http(pipedrive.baseUrl(), null)
                .send(HttpRequest.newBuilder(
                                URI.create(pipedrive.baseUrl() + "/v1/users/me?api_token=secret-token-value"))
                        .header("Authorization", "Bearer secret-token-value"));

        var requests = pipedrive.sandbox().requests();
        assertThat(requests).hasSize(3);
        RecordedRequest post = requests.get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/api/v2/deals");
        assertThat(post.bodyText()).isEqualTo("{\"title\":\"Journal\"}");
        assertThat(post.header("Content-Type")).isEqualTo("application/json");
        assertThat(post.header("x-api-token")).isEqualTo("***");
        assertThat(post.status()).isEqualTo(200);
        assertThat(requests.get(1).query()).isEqualTo("limit=1");
        assertThat(requests.get(2).query()).isEqualTo("api_token=***");
        assertThat(requests.get(2).header("authorization")).isEqualTo("Bearer ***");
        assertThat(requests.toString()).doesNotContain("secret-token-value");
        requests.forEach(r -> {
            assertThat(r.headers().toString()).doesNotContain("secret-token-value");
            assertThat(r.query()).doesNotContain("secret-token-value");
        });

        pipedrive.sandbox().clearRequests();
        assertThat(pipedrive.sandbox().requests()).isEmpty();
    }
}
