package io.loopdesk.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
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

    /** The longest webhook URL kept. */
    int URL_LENGTH = 500;

    /**
     * Whether {@code url} may be a webhook's: an absolute http(s) URL with a host, at most {@link #URL_LENGTH}
     * characters, with no password or fragment in it (it is kept in clear and shown to admins). Where it points is
     * checked when it is posted to ({@link io.loopdesk.notification.webhook.WebhookPost}), as an address may change.
     */
    static boolean isUsableUrl(String url) {
        String candidate = url.strip();
        URI parsed;
        try {
            parsed = new URI(candidate);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        return candidate.length() <= URL_LENGTH
                && (scheme.equals("http") || scheme.equals("https"))
                && parsed.getHost() != null
                && parsed.getUserInfo() == null
                && parsed.getFragment() == null;
    }

    /** A new signing secret: {@code whsec_} and 32 random bytes in base64. */
    static String newSigningSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }
}
