package io.loopdesk.intake.feedback;

/**
 * The answer to a submission.
 *
 * @param ticketNumber the ticket the feedback became (the same one for every retry with the same key)
 * @param replayed whether this was a retry answered from the first submission
 */
public record FeedbackReceipt(String ticketNumber, boolean replayed) {}
