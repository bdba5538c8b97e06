package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each failure mode as a client meets it, switched on and off within one test. */
class FaultInjectionTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create();

    private Http http() {
        return new Http(pipedrive.sandbox());
    }

    @Test
    void latencyDelaysAnswers() {
        pipedrive.sandbox().faults().latency(Duration.ofMillis(150));
        long start = System.nanoTime();
        assertThat(http().get("/v1/users/me").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        pipedrive.sandbox().faults().latency(Duration.ofMillis(20), Duration.ofMillis(40));
        start = System.nanoTime();
        http().get("/v1/users/me");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    }

    @Test
    void theNextRequestsFailWithTheGivenStatusThenRecover() {
        pipedrive.sandbox().faults().failNext(2, 503);
        Http.Reply first = http().post("/api/v2/deals", obj("title", "Retry me"));
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.json())
                .containsEntry("success", false)
                .containsKey("error")
                .containsEntry("data", null);
        assertThat(http().post("/api/v2/deals", obj("title", "Retry me")).status())
                .isEqualTo(503);
        assertThat(http().post("/api/v2/deals", obj("title", "Retry me")).status())
                .isEqualTo(200);
        assertThat(pipedrive.sandbox().entities("deals")).hasSize(1);
        assertThat(pipedrive.sandbox().requests())
                .extracting(RecordedRequest::status)
                .containsExactly(503, 503, 200);
    }

    @Test
    void anErrorRateOfOneFailsEveryRequestUntilSwitchedOff() {
        pipedrive.sandbox().faults().errorRate(1.0);
        Http.Reply reply = http().get("/v1/users/me");
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json()).containsEntry("error", "Internal server error");
        pipedrive.sandbox().faults().errorRate(1.0, 503);
        assertThat(http().get("/v1/users/me").status()).isEqualTo(503);
        pipedrive.sandbox().faults().errorRate(0);
        assertThat(http().get("/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void aDroppedConnectionIsAnIoErrorForTheClient() throws Exception {
        pipedrive.sandbox().faults().dropNext(1);
        HttpRequest request = http().request("/api/v2/deals")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Lost\"}"))
                .build();
        assertThatThrownBy(() -> http().sendRaw(request)).isInstanceOf(IOException.class);
        assertThat(pipedrive.sandbox().entities("deals")).isEmpty();
        assertThat(pipedrive.sandbox().requests())
                .extracting(RecordedRequest::status)
                .containsExactly(0);
        assertThat(http().sendRaw(request).statusCode()).isEqualTo(200);

        pipedrive.sandbox().faults().dropRate(1.0);
        assertThatThrownBy(() -> http().sendRaw(request)).isInstanceOf(IOException.class);
        pipedrive.sandbox().faults().dropRate(0);
        assertThat(http().sendRaw(request).statusCode()).isEqualTo(200);
    }

    @Test
    void cloudflareAnswersWithAnHtmlPage() {
        pipedrive.sandbox().faults().cloudflareNext(1);
        Http.Reply reply = http().get("/api/v2/deals");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("Cloudflare").startsWith("<!DOCTYPE html>");
        pipedrive.sandbox().faults().cloudflareRate(1.0);
        assertThat(http().get("/api/v2/deals").status()).isEqualTo(403);
        pipedrive.sandbox().faults().clear();
        assertThat(http().get("/api/v2/deals").status()).isEqualTo(200);
    }
}
