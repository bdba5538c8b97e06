package io.github.camelpipedrive.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic on JSON numbers: two decimals, and whole numbers written without a fraction. */
final class Numbers {

    private Numbers() {}

    static double of(Object value, double fallback) {
        return value instanceof Number n ? n.doubleValue() : fallback;
    }

    static Number money(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        return d.stripTrailingZeros().scale() <= 0 ? (Number) d.longValue() : (Number) d.doubleValue();
    }
}
