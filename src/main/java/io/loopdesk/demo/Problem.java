package io.loopdesk.demo;

import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.Urgency;

/** A typical problem a customer reports, in Chinese and English, from the requirement seeds. */
record Problem(
        String category,
        FeedbackType type,
        Urgency urgency,
        String product,
        String zhTitle,
        String zhDescription,
        String enTitle,
        String enDescription) {}
