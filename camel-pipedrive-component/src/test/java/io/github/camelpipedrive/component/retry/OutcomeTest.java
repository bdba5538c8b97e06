package io.github.camelpipedrive.component.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.catalog.HttpMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one classification of an attempt, as docs/reliability.md's table states it: which answers a POST and a PATCH
 * are resent after, and which ones may have been applied.
 */
class OutcomeTest {

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        // status, outcome,          POST resent, PATCH resent, POST may have been applied
        "200, APPLIED,               false, false, true",
        "201, APPLIED,               false, false, true",
        "400, REFUSED,               false, false, false",
        "401, REFUSED,               false, false, false",
        "403, REFUSED,               false, false, false",
        "404, REFUSED,               false, false, false",
        "409, REFUSED,               false, false, false",
        "410, REFUSED,               false, false, false",
        "422, REFUSED,               false, false, false",
        "429, REFUSED_FOR_NOW,       true,  true,  false",
        "503, REFUSED_FOR_NOW,       true,  true,  false",
        "500, UNKNOWN,               false, true,  true",
        "502, UNKNOWN,               false, true,  true",
        "504, UNKNOWN,               false, true,  true",
        "501, SERVER_FAILED,         false, false, true",
        "520, SERVER_FAILED,         false, false, true"
    })
    void eachStatusHasOneOutcome(
            int status, Outcome expected, boolean postResent, boolean patchResent, boolean postApplied) {
        Outcome outcome = Outcome.ofStatus(status);

        assertThat(outcome).isEqualTo(expected);
        assertThat(outcome.isSafeToRepeat(HttpMethod.POST)).as("POST resent").isEqualTo(postResent);
        assertThat(outcome.isSafeToRepeat(HttpMethod.PATCH)).as("PATCH resent").isEqualTo(patchResent);
        assertThat(outcome.mayHaveBeenApplied(HttpMethod.POST))
                .as("POST may have been applied")
                .isEqualTo(postApplied);
        assertThat(outcome.mayHaveBeenApplied(HttpMethod.GET))
                .as("a GET changes nothing")
                .isFalse();
    }

    @ParameterizedTest(name = "never sent: {0}")
    @CsvSource({"true, NOT_SENT, true, false", "false, UNKNOWN, false, true"})
    void noAnswerIsSafeToResendOnlyWhenNothingLeft(
            boolean neverSent, Outcome expected, boolean postResent, boolean postApplied) {
        Outcome outcome = Outcome.ofNoAnswer(neverSent);

        assertThat(outcome).isEqualTo(expected);
        assertThat(outcome.isSafeToRepeat(HttpMethod.POST)).isEqualTo(postResent);
        assertThat(outcome.isSafeToRepeat(HttpMethod.PUT)).isTrue();
        assertThat(outcome.mayHaveBeenApplied(HttpMethod.POST)).isEqualTo(postApplied);
    }
}
