package io.loopdesk.intake.feedback;

import io.loopdesk.intake.IntakeProperties;
import io.loopdesk.shared.DataKey;
import io.loopdesk.shared.SecretCipher;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the apps' webhook signing secrets encrypted at rest with their own key ({@link DataKey#WEBHOOK_SECRETS}):
 * a database dump alone does not let anyone sign events an app would trust.
 */
@Component
class WebhookSecretCipher {

    private final SecretCipher cipher;

    WebhookSecretCipher(IntakeProperties properties, @Value("${loopdesk.data-dir}") Path dataDir) {
        this.cipher = SecretCipher.of(DataKey.WEBHOOK_SECRETS, properties.webhookSecretKey(), dataDir);
    }

    String seal(String secret) {
        return cipher.seal(secret);
    }

    String open(String sealed) {
        return cipher.open(sealed);
    }
}
