package io.github.camelpipedrive.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Pipedrive's two time formats: v2 speaks RFC 3339, v1 speaks "YYYY-MM-DD HH:MM:SS" in UTC. */
final class Timestamps {

    private static final DateTimeFormatter V1 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter V2 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final Clock clock;

    Timestamps(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    String v1() {
        return V1.format(now());
    }

    String v2() {
        return V2.format(now());
    }

    String of(ApiVersion version) {
        return version == ApiVersion.V2 ? v2() : v1();
    }

    String today() {
        return DATE.format(now());
    }

    /** Converts a stored v2 timestamp to the v1 form, leaving anything else as it is. */
    static String toV1(Object value) {
        if (value instanceof String s && s.length() >= 19 && s.charAt(10) == 'T') {
            return s.substring(0, 10) + ' ' + s.substring(11, 19);
        }
        return value == null ? null : String.valueOf(value);
    }
}
