package io.loopdesk.survey;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A given rating. */
public record RatingView(String ticketNumber, @Nullable Long customerId, Scores scores, Instant createdAt) {}
