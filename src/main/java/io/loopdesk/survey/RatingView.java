package io.loopdesk.survey;

import java.time.Instant;

/** A given rating. */
public record RatingView(String ticketNumber, long customerId, Scores scores, Instant createdAt) {}
