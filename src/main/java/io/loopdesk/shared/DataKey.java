package io.loopdesk.shared;

/**
 * The keys Loopdesk encrypts with ({@link SecretCipher}), one per kind of secret so that one leaked key opens one
 * kind only. Each is either set by a property (base64, 32 bytes, the same on every node) or generated once as a file
 * under {@code loopdesk.data-dir}. Without its key, what it encrypted is lost for good, so a backup carries the
 * generated files and says plainly which keys it could not carry.
 */
public enum DataKey {
    /** Mailbox passwords. */
    MAIL_CREDENTIALS("mail-credential.key", "loopdesk.mail.credential-key", "mailbox passwords"),
    /** Passwords and keys hidden in ticket text. */
    TICKET_SECRETS("ticket-secret.key", "loopdesk.ticket.secrets.key", "secrets hidden in ticket text"),
    /** The secrets webhooks (apps' and tenants') are signed with. */
    WEBHOOK_SECRETS("webhook-secret.key", "loopdesk.intake.webhook-secret-key", "webhook signing secrets");

    /** Every generated key file ends so; a backup takes unknown ones too, so a new key is never left behind. */
    public static final String SUFFIX = ".key";

    private final String file;
    private final String property;
    private final String protects;

    DataKey(String file, String property, String protects) {
        this.file = file;
        this.property = property;
        this.protects = protects;
    }

    /** The key file's name under the data folder. */
    public String file() {
        return file;
    }

    /** The property that sets the key instead of a file. */
    public String property() {
        return property;
    }

    /** What the key protects, as a person reads it. */
    public String protects() {
        return protects;
    }

    /** What a backup without this key's file must say. */
    public String notInArchive() {
        return "The key for " + protects + " is set by " + property + " and is not in this archive: keep it apart"
                + " from the backups; without it the " + protects + " of a restored installation cannot be read.";
    }
}
