package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Burst limits and the daily token budget, seen from a client. */
class RateLimitTest {

    /** Long enough that five requests fit in one window even on a loaded CI machine. */
    static final Duration WINDOW = Duration.ofMillis(1500);

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive =
            PipedriveSandboxExtension.create(b -> b.burstLimit(5).burstWindow(WINDOW));

    @Test
    void everyAnswerCarriesTheRateLimitHeaders() {
        Http.Reply reply = new Http(pipedrive.sandbox()).get("/v1/users/me");
        assertThat(reply.header("x-ratelimit-limit")).isEqualTo("5");
        assertThat(reply.header("x-ratelimit-remaining")).isEqualTo("4");
        assertThat(reply.header("x-ratelimit-reset"))
                .as("whole seconds until the window frees a slot")
                .isEqualTo(String.valueOf((WINDOW.toMillis() + 999) / 1000));
    }

    @Test
    void aBurstOverTheLimitIsAnswered429AndRecoversAfterTheWindow() throws InterruptedException {
        Http http = new Http(pipedrive.sandbox());
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/v2/deals").status()).isEqualTo(200);
        }
        Http.Reply limited = http.get("/api/v2/deals");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json()).isEqualTo(Map.of("success", false, "error", "Request over limit", "errorCode", 429));
        assertThat(limited.header("x-ratelimit-limit")).isEqualTo("5");
        assertThat(limited.header("x-ratelimit-remaining")).isEqualTo("0");
        assertThat(Integer.parseInt(limited.header("x-ratelimit-reset"))).isBetween(1, 2);

        pipedrive.sandbox().addToken("other-token");
        assertThat(new Http(pipedrive.baseUrl(), "other-token")
                        .get("/api/v2/deals")
                        .status())
                .as("each token has its own window")
                .isEqualTo(200);

        Thread.sleep(WINDOW.toMillis() + 100);
        assertThat(http.get("/api/v2/deals").status()).isEqualTo(200);
    }

    @Test
    void theSandboxCountsTheRequestsItsBurstLimitRefusedPerToken() {
        PipedriveSandbox sandbox = pipedrive.sandbox();
        Http http = new Http(sandbox);
        for (int i = 0; i < 8; i++) {
            http.get("/api/v2/deals");
        }
        assertThat(sandbox.burstRefusals()).as("5 let through, 3 refused").isEqualTo(3);
        assertThat(sandbox.requests()).filteredOn(r -> r.status() == 429).hasSize(3);

        sandbox.addToken("quiet-token");
        assertThat(new Http(pipedrive.baseUrl(), "quiet-token")
                        .get("/api/v2/deals")
                        .status())
                .isEqualTo(200);
        assertThat(sandbox.burstRefusals("quiet-token")).isZero();
        assertThat(sandbox.burstRefusals("never-seen")).isZero();

        sandbox.reset();
        assertThat(sandbox.burstRefusals()).isZero();
        assertThat(sandbox.peakInWindow()).isZero();
    }

    @Test
    void theDailyBudgetsRefusalsAreNotBurstRefusals() {
        PipedriveSandbox sandbox = pipedrive.sandbox();
        sandbox.dailyBudget(2);
        try {
            Http http = new Http(sandbox);
            assertThat(http.get("/v1/users/me").status()).isEqualTo(200); // 2
            assertThat(http.get("/v1/users/me").status()).isEqualTo(429);
            assertThat(sandbox.burstRefusals()).isZero();
        } finally {
            sandbox.dailyBudget(0);
        }
    }

    @Test
    void thePeakInWindowCountsEveryArrivalInTheBusiestRollingWindow() throws InterruptedException {
        PipedriveSandbox sandbox = pipedrive.sandbox();
        Http http = new Http(sandbox);
        for (int i = 0; i < 3; i++) {
            http.get("/api/v2/deals");
        }
        Thread.sleep(WINDOW.toMillis() + 100);
        for (int i = 0; i < 4; i++) {
            http.get("/api/v2/deals");
        }
        assertThat(sandbox.peakInWindow())
                .as("the first three left the window before the next four came")
                .isEqualTo(4);
        assertThat(sandbox.burstRefusals()).isZero();

        for (int i = 0; i < 3; i++) {
            http.get("/api/v2/deals");
        }
        assertThat(sandbox.burstRefusals()).as("only 5 fit").isEqualTo(2);
        assertThat(sandbox.peakInWindow())
                .as("refused requests arrived too: 4 + 3 in one window")
                .isEqualTo(7);
    }

    @Test
    void theDailyBudgetIsSpentByOperationCostAndThenEveryRequestIs429() {
        PipedriveSandbox sandbox = pipedrive.sandbox();
        sandbox.burstLimit(0).dailyBudget(22);
        try {
            Http http = new Http(sandbox);
            assertThat(http.post("/api/v2/deals", obj("title", "One")).status()).isEqualTo(200); // 5
            assertThat(http.post("/v1/notes", obj("content", "Hi", "deal_id", 1))
                            .status())
                    .isEqualTo(200); // 10
            assertThat(http.get("/api/v2/deals/1").status()).isEqualTo(200); // 1
            assertThat(http.get("/v1/users/me").status()).isEqualTo(200); // 2
            assertThat(sandbox.budgetSpent()).isEqualTo(18);
            assertThat(http.post("/api/v2/deals", obj("title", "Two")).status()).isEqualTo(200); // 23: over now
            Http.Reply spent = http.get("/api/v2/deals/1");
            assertThat(spent.status()).isEqualTo(429);
            assertThat(spent.json()).containsEntry("error", "Request over limit");
            assertThat(spent.header("x-ratelimit-remaining"))
                    .as("the burst window is not what stopped it")
                    .isNotEqualTo("0");

            sandbox.resetBudget();
            assertThat(http.get("/api/v2/deals/1").status()).isEqualTo(200);
        } finally {
            sandbox.burstLimit(5).dailyBudget(0);
        }
    }

    @Test
    void mergesCostFortyTokens() {
        PipedriveSandbox sandbox = pipedrive.sandbox();
        sandbox.burstLimit(0).dailyBudget(1000);
        try {
            Http http = new Http(sandbox);
            Fixtures f = new Fixtures(http);
            Object a = f.person();
            Object b = f.person();
            long before = sandbox.budgetSpent();
            http.put("/v1/persons/" + a + "/merge", obj("merge_with_id", b));
            assertThat(sandbox.budgetSpent() - before).isEqualTo(40);
        } finally {
            sandbox.burstLimit(5).dailyBudget(0);
        }
    }
}
