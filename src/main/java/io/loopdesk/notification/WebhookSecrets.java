package io.loopdesk.notification;

import io.loopdesk.shared.DataKey;
import io.loopdesk.shared.SecretCipher;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps webhook signing secrets (the apps', the tenants', the IM robots') sealed at rest with the webhook key
 * ({@link DataKey#WEBHOOK_SECRETS}, set by {@code loopdesk.intake.webhook-secret-key}): a database dump alone does not
 * let anyone sign events a receiver would trust. One kind of secret, one key, one cipher.
 */
@Component
public class WebhookSecrets {

    private final SecretCipher cipher;

    WebhookSecrets(
            @Value("${loopdesk.intake.webhook-secret-key:#{null}}") @Nullable String configured,
            @Value("${loopdesk.data-dir}") Path dataDir) {
        this.cipher = SecretCipher.of(DataKey.WEBHOOK_SECRETS, configured, dataDir);
    }

    public String seal(String secret) {
        return cipher.seal(secret);
    }

    public String open(String sealed) {
        return cipher.open(sealed);
    }
}
