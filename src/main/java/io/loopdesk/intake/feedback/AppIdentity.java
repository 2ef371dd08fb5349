package io.loopdesk.intake.feedback;

import org.jspecify.annotations.Nullable;

/**
 * The app a feedback request came from, once its key checked out.
 *
 * @param product what the app's tickets are about when the submission does not say
 */
public record AppIdentity(
        long appId, long tenantId, String name, @Nullable String product) {}
