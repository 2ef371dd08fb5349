package io.loopdesk.notification.hook;

import io.loopdesk.shared.DataKey;
import io.loopdesk.shared.SecretCipher;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the tenant webhooks' signing secrets sealed with the webhook key ({@link DataKey#WEBHOOK_SECRETS}), the same
 * key the apps' webhook secrets are sealed with: one kind of secret, one key.
 */
@Component
public class HookSecrets {

    private final SecretCipher cipher;

    HookSecrets(
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
