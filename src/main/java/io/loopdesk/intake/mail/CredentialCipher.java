package io.loopdesk.intake.mail;

import io.loopdesk.shared.DataKey;
import io.loopdesk.shared.SecretCipher;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps mailbox passwords encrypted at rest with the mailbox-password key ({@link DataKey#MAIL_CREDENTIALS}): a
 * database dump alone does not give away a mail account.
 */
@Component
public class CredentialCipher {

    private final SecretCipher cipher;

    CredentialCipher(MailProperties properties, @Value("${loopdesk.data-dir}") Path dataDir) {
        this.cipher = SecretCipher.of(DataKey.MAIL_CREDENTIALS, properties.credentialKey(), dataDir);
    }

    String encrypt(String secret) {
        return cipher.seal(secret);
    }

    public String decrypt(String stored) {
        return cipher.open(stored);
    }
}
