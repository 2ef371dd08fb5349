package io.loopdesk.intake.feedback;

import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.Upload;
import io.loopdesk.ticket.value.ContactPoint;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How an app's feedback fills the ticket: the app user's id is the customer's id, their name (or the id) the
 * customer and contact person, the app's product the product unless the feedback names one. The tenant's
 * registration rules then apply as to any form a person fills in.
 */
final class FeedbackTicket {

    private FeedbackTicket() {}

    /** The longest user id an app may send: a ticket keeps it as its external user id. */
    static final int MAX_USER_ID = 100;

    static void checkRequired(Feedback feedback) {
        if (feedback.userId() == null || feedback.userId().isBlank()) {
            throw new FeedbackAppException(
                    "userId", "feedback.userId.required", "userId (the user's id in the app) is required.");
        }
        // checked before the submission is stored with it, so a long id is the app's mistake, not a failed insert
        if (feedback.userId().strip().length() > MAX_USER_ID) {
            throw new FeedbackAppException(
                    "userId",
                    "feedback.userId.too-long",
                    "userId must not be longer than " + MAX_USER_ID + " characters.");
        }
    }

    static OpenTicket of(AppIdentity app, Feedback feedback) {
        String userId = feedback.userId() == null ? null : feedback.userId().strip();
        String name = blank(feedback.contactName()) ? userId : feedback.contactName();
        String contact = feedback.contact();
        return OpenTicket.builder()
                .customer(name, name, contact)
                .phone(contact == null ? null : ContactPoint.mobile(contact).orElse(null))
                .externalUserId(userId)
                .product(blank(feedback.product()) ? app.product() : feedback.product())
                .title(feedback.title())
                .description(feedback.description())
                .type(feedback.type())
                .device(feedback.device())
                .location(feedback.region())
                .links(feedback.links())
                .firstReceivedAt(feedback.sentAt())
                .build();
    }

    /** The files with the descriptions the feedback gave them by name. */
    static List<Upload> described(List<Upload> files, @Nullable Map<String, String> descriptions) {
        if (descriptions == null || descriptions.isEmpty()) {
            return files;
        }
        return files.stream()
                .map(file -> new Upload(
                        file.filename(),
                        descriptions.getOrDefault(file.filename(), file.description()),
                        file.content()))
                .toList();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
