package io.loopdesk.chat;

import java.time.Instant;

/**
 * A chat a visitor has just started, with the secret that lets them back into it (shown once; only its hash is
 * stored).
 */
public record VisitorStart(long chatId, String visitorToken, Instant tokenValidUntil) {}
