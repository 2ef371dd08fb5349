package io.loopdesk.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ticket waiting for a reviewer to choose its category (待细化分类), with the system's best guess. */
public record ReviewItem(String ticketNumber, @Nullable String bestGuess, double confidence, Instant since) {}
