package io.github.camelpipedrive.examples.quickstart;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of the sign-up CSV.
 */
public record Signup(int row, String company, String name, String email, String phone, String plan, int seats) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Reads a CSV row (a map of column to value, as camel-csv gives it); {@code row} counts from 1. */
    static Signup of(int row, Map<String, String> columns) {
        return new Signup(
                row,
                trim(columns.get("company")),
                trim(columns.get("name")),
                trim(columns.get("email")),
                trim(columns.get("phone")),
                trim(columns.get("plan")),
                parseSeats(columns.get("seats")));
    }

    /** Checks what Pipedrive cannot check for us; throws with a reason a person can act on. */
    Signup validated() throws InvalidSignupException {
        if (company.isEmpty()) {
            throw new InvalidSignupException(this, "the company is missing");
        }
        if (name.isEmpty()) {
            throw new InvalidSignupException(this, "the contact name is missing");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidSignupException(this, "'" + email + "' is not a valid e-mail address");
        }
        if (!plan.equals("starter") && !plan.equals("pro")) {
            throw new InvalidSignupException(this, "unknown plan '" + plan + "' (starter or pro)");
        }
        if (seats < 1) {
            throw new InvalidSignupException(this, "seats must be a positive number");
        }
        return this;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static int parseSeats(String value) {
        try {
            return Integer.parseInt(trim(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
