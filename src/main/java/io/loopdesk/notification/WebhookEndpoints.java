package io.loopdesk.notification;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Resolves a {@link Recipient.Webhook webhook recipient} to where it is posted and the secret it is signed with;
 * implemented by the module that owns such endpoints (the feedback apps of {@code intake}). Payloads are signed as
 * <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> are, so a receiver verifies them with any of
 * that specification's libraries.
 */
public interface WebhookEndpoints {

    /** What a signing secret starts with, as Standard Webhooks have it. */
    String SECRET_PREFIX = "whsec_";

    /**
     * The endpoint {@code name} of {@code tenantId} as it is now, or empty if this module does not own it or it is
     * gone (removed, its app revoked): a notice to it is then given up.
     */
    Optional<Endpoint> resolve(long tenantId, String name);

    /**
     * Where a webhook goes and how it is signed.
     *
     * @param signingSecret {@code whsec_} and 24 to 64 random bytes in base64
     */
    record Endpoint(URI url, String signingSecret) {

        @Override
        public String toString() {
            // the secret stays out of logs and error messages
            return "Endpoint[" + url + "]";
        }
    }

    /** A new signing secret: {@code whsec_} and 32 random bytes in base64. */
    static String newSigningSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }
}
