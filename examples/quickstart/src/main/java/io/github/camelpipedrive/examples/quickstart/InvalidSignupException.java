package io.github.camelpipedrive.examples.quickstart;

/**
 * A sign-up row that cannot be imported as it is.
 */
public class InvalidSignupException extends Exception {

    public InvalidSignupException(Signup signup, String reason) {
        super(reason);
    }
}
