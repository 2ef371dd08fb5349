package io.loopdesk.ticket.secret;

import io.loopdesk.shared.DataKey;
import io.loopdesk.shared.SecretCipher;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the passwords and keys found in ticket text encrypted with the ticket-secret key
 * ({@link DataKey#TICKET_SECRETS}): the ticket shows a mask, and a database dump alone gives them away to nobody.
 */
@Component
class SecretBox {

    private final SecretCipher cipher;

    SecretBox(SecretProperties properties, @Value("${loopdesk.data-dir:./data}") Path dataDir) {
        this.cipher = SecretCipher.of(DataKey.TICKET_SECRETS, properties.key(), dataDir);
    }

    String seal(String secret) {
        return cipher.seal(secret);
    }

    String open(String sealed) {
        return cipher.open(sealed);
    }
}
