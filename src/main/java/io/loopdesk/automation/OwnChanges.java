package io.loopdesk.automation;

/**
 * Marks the thread while an automation changes a ticket, so the events its changes publish (on this thread, inside
 * its transaction) are not taken for updates that rules should look at: an automation never sets off a rule, itself
 * included, which is what keeps rules from firing each other in a circle.
 */
final class OwnChanges {

    private static final ThreadLocal<Boolean> ACTING = ThreadLocal.withInitial(() -> false);

    private OwnChanges() {}

    static void during(Runnable change) {
        boolean before = ACTING.get();
        ACTING.set(true);
        try {
            change.run();
        } finally {
            ACTING.set(before);
        }
    }

    static boolean underway() {
        return ACTING.get();
    }
}
