package io.github.camelpipedrive.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The standalone program, started in-process on a free port. */
class MainTest {

    @Test
    void startsPrintsItsUrlAndTokenAndAnswers() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PipedriveSandbox sandbox = Main.run(
                new String[] {
                    "--port",
                    "0",
                    "--token",
                    "demo",
                    "--burst-limit",
                    "40",
                    "--daily-budget",
                    "1000",
                    "--latency-ms",
                    "0-1",
                    "--error-rate",
                    "0"
                },
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            String out = printed.toString(StandardCharsets.UTF_8);
            assertThat(out).contains(sandbox.baseUrl()).contains("demo");
            Http.Reply me = new Http(sandbox.baseUrl(), "demo").get("/v1/users/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.header("x-ratelimit-limit")).isEqualTo("40");
            assertThat(sandbox.budgetSpent()).isEqualTo(2);
        } finally {
            sandbox.close();
        }
    }

    @Test
    void refusesUnknownOptionsAndPrintsHelp() {
        assertThatThrownBy(() -> Main.run(new String[] {"--colour", "blue"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"--help"}, new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .isNull();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--burst-limit");
    }

    @Test
    void startsWellUnderASecond() {
        long start = System.nanoTime();
        try (PipedriveSandbox sandbox = PipedriveSandbox.start()) {
            assertThat(new Http(sandbox).get("/v1/users/me").status()).isEqualTo(200);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }
}
