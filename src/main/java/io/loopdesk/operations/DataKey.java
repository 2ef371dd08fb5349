package io.loopdesk.operations;

/**
 * The keys Loopdesk encrypts with. Each is either set by a property (the same on every node) or generated once
 * as a file under {@code loopdesk.data-dir}. Without its key, what it encrypted is lost for good, so a backup
 * carries the generated files and says plainly which keys it could not carry.
 */
enum DataKey {
    /** Mailbox passwords (intake's {@code CredentialCipher}). */
    MAIL_CREDENTIALS("mail-credential.key", "loopdesk.mail.credential-key", "mailbox passwords"),
    /** Passwords and keys hidden in ticket text (the ticket module's {@code SecretBox}). */
    TICKET_SECRETS("ticket-secret.key", "loopdesk.ticket.secrets.key", "secrets hidden in ticket text");

    /** Every generated key file ends so; a backup takes unknown ones too, so a new key is never left behind. */
    static final String SUFFIX = ".key";

    final String file;
    final String property;
    final String protects;

    DataKey(String file, String property, String protects) {
        this.file = file;
        this.property = property;
        this.protects = protects;
    }

    /** What a backup without this key's file must say. */
    String notInArchive() {
        return "The key for " + protects + " is set by " + property + " and is not in this archive: keep it apart"
                + " from the backups; without it the " + protects + " of a restored installation cannot be read.";
    }
}
