package io.loopdesk.intake.feedback;

import io.loopdesk.ticket.value.Device;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.RelatedLinks;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an app submits: who (the app's own user id, and how to reach them), on what (device, region, product),
 * and what happened. Files come as multipart parts beside it.
 *
 * @param userId the user's id in the app (required)
 * @param contact a mobile number or e-mail address, if the user gave one
 * @param contactName the name the user gave
 * @param region city or region, as the app knows it
 * @param product what the feedback is about; the app's registered product when missing
 * @param sentAt when the user sent it, if the app queued it while offline; the arrival time otherwise
 * @param attachmentDescriptions file name to what the file shows
 */
public record Feedback(
        @Nullable String userId,
        @Nullable String contact,
        @Nullable String contactName,
        @Nullable Device device,
        @Nullable String region,
        @Nullable FeedbackType type,
        @Nullable String title,
        @Nullable String description,
        @Nullable RelatedLinks links,
        @Nullable String product,
        @Nullable Instant sentAt,
        @Nullable Map<String, String> attachmentDescriptions) {}
