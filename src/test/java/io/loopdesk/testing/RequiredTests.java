package io.loopdesk.testing;

/** Whether this run may skip tests whose outside requirements (PostgreSQL, Chromium) are missing. */
public final class RequiredTests {

    private RequiredTests() {}

    /** CI sets {@code LOOPDESK_REQUIRE_ALL_TESTS=true}: then a missing requirement fails the test instead of skipping it. */
    public static boolean allRequired() {
        return Boolean.parseBoolean(System.getenv().getOrDefault("LOOPDESK_REQUIRE_ALL_TESTS", "false"));
    }
}
