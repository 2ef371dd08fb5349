package io.loopdesk.intake;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One way in of a tenant: a mailbox or an app key.
 *
 * @param name the mailbox's address or the app's name
 * @param working whether it takes feedback now (a mailbox read without error, an app key not revoked)
 * @param lastActivity the last successful read of a mailbox, the last use of an app key
 * @param problem why a mailbox cannot be read, as its server said
 */
public record ChannelState(
        Kind kind,
        String name,
        boolean working,
        @Nullable Instant lastActivity,
        @Nullable String problem) {

    /** What kind of way in. */
    public enum Kind {
        MAILBOX,
        APP
    }
}
