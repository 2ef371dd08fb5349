package io.loopdesk.chat;

import io.loopdesk.shared.DomainException.Kind;
import java.time.Duration;

/**
 * A tenant's chat choices.
 *
 * @param agentCap chats one agent holds at once; routing offers no more
 * @param unansweredMinutes a chat nobody has answered this long after it started goes to the tenant's supervisors
 * @param businessHoursOnly chat only in the tenant's working hours (its business calendar); otherwise whenever
 *     someone is on duty
 */
public record ChatRules(int agentCap, int unansweredMinutes, boolean businessHoursOnly) {

    public static final ChatRules DEFAULT = new ChatRules(3, 2, false);

    static final int MAX_CAP = 20;
    static final int MAX_UNANSWERED_MINUTES = 120;

    public ChatRules {
        if (agentCap < 1 || agentCap > MAX_CAP) {
            throw new ChatRefusedException(
                    Kind.INVALID,
                    "error.chat.settings.cap",
                    "An agent holds 1 to " + MAX_CAP + " chats at once.",
                    MAX_CAP);
        }
        if (unansweredMinutes < 1 || unansweredMinutes > MAX_UNANSWERED_MINUTES) {
            throw new ChatRefusedException(
                    Kind.INVALID,
                    "error.chat.settings.unanswered",
                    "A chat goes to a supervisor after 1 to " + MAX_UNANSWERED_MINUTES + " minutes unanswered.",
                    MAX_UNANSWERED_MINUTES);
        }
    }

    /** Rules that chat whenever someone is on duty. */
    public ChatRules(int agentCap, int unansweredMinutes) {
        this(agentCap, unansweredMinutes, false);
    }

    Duration unanswered() {
        return Duration.ofMinutes(unansweredMinutes);
    }
}
