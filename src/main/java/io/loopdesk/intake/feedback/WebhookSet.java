package io.loopdesk.intake.feedback;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * An app's webhook as just set: {@code signingSecret} is shown this once when it is new (a first webhook, a new
 * secret) and {@code null} when the app keeps the one it has.
 */
public record WebhookSet(FeedbackAppView app, @Nullable String signingSecret) implements Serializable {}
