package io.loopdesk.automation;

import io.loopdesk.shared.Phrase;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One firing of a rule on a ticket, for the admins' log. */
public record FiringView(
        long ruleId,
        String ruleName,
        String ticketNumber,
        FiringOutcome outcome,
        @Nullable Phrase reason,
        Instant at) {}
