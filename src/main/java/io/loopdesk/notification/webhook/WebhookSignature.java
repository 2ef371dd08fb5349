package io.loopdesk.notification.webhook;

import io.loopdesk.notification.WebhookEndpoints;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} of a Standard Webhooks message: {@code v1,} and the base64 HMAC-SHA256, keyed with
 * the secret's base64 part, of {@code id.timestamp.body}.
 */
public final class WebhookSignature {

    private WebhookSignature() {}

    /** Signs {@code body} sent as message {@code id} at {@code timestamp} (seconds since the epoch). */
    public static String sign(String secret, String id, long timestamp, String body) {
        String encoded = secret.startsWith(WebhookEndpoints.SECRET_PREFIX)
                ? secret.substring(WebhookEndpoints.SECRET_PREFIX.length())
                : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
