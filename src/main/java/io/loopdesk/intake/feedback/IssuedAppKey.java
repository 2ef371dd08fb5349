package io.loopdesk.intake.feedback;

import java.io.Serializable;

/** A new or rotated key: {@code key} is shown this once and never again. */
public record IssuedAppKey(FeedbackAppView app, String key) implements Serializable {}
