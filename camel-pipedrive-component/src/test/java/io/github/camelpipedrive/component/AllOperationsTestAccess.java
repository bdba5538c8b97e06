package io.github.camelpipedrive.component;

import java.util.Map;

/** Test helpers of {@link AllOperationsTest} for tests in other packages. */
public final class AllOperationsTestAccess {

    private AllOperationsTestAccess() {}

    /** The decoded query parameters of a request URL. */
    public static Map<String, String> queryOf(String url) {
        return AllOperationsTest.queryOf(url);
    }
}
