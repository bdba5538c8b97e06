package io.github.camelpipedrive.component.support;

import java.math.BigDecimal;

/**
 * How the component writes a value into a request or an error message: numbers in plain digits, any value as a short,
 * recognisable description. A leaf: it depends on nothing of the component.
 */
public final class Values {

    private static final int MAX_DESCRIBED = 60;

    private Values() {}

    /** A number in plain digits: {@code 7.0} becomes {@code 7}, {@code 1.5E3} becomes {@code 1500}, 7.9 stays. */
    public static String plain(Number n) {
        if (n instanceof Double || n instanceof Float || n instanceof BigDecimal) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    /**
     * A value for an error message: text in single quotes (as field names are), numbers and booleans as they are,
     * anything else with its type; cut at 60 characters; {@code nothing} for {@code null}.
     */
    public static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        String text = String.valueOf(value);
        if (text.length() > MAX_DESCRIBED) {
            text = text.substring(0, MAX_DESCRIBED - 3) + "...";
        }
        if (value instanceof CharSequence) {
            return "'" + text + "'";
        }
        return value instanceof Number || value instanceof Boolean
                ? text
                : text + " (" + value.getClass().getSimpleName() + ")";
    }
}
