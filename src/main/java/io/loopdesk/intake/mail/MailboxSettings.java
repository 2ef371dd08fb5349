package io.loopdesk.intake.mail;

import org.jspecify.annotations.Nullable;

/**
 * A support mailbox as an admin sets it up. Passwords are write-only: {@code null} keeps the stored one.
 *
 * @param address the support address customers write to; replies go out from it
 */
public record MailboxSettings(
        String name,
        String address,
        MailProtocol protocol,
        String host,
        int port,
        String username,
        @Nullable String password,
        String folder,
        String smtpHost,
        int smtpPort,
        SmtpSecurity smtpSecurity,
        @Nullable String smtpUsername,
        @Nullable String smtpPassword,
        boolean enabled) {

    public MailboxSettings {
        require(name, "name", 100);
        require(address, "address", 254);
        require(host, "host", 255);
        require(username, "username", 254);
        require(smtpHost, "smtpHost", 255);
        folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
        if (!address.contains("@")) {
            throw new IllegalArgumentException("The mailbox address must be an e-mail address: " + address);
        }
        if (port < 1 || port > 65535 || smtpPort < 1 || smtpPort > 65535) {
            throw new IllegalArgumentException("Ports are between 1 and 65535");
        }
    }

    private static void require(String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("The mailbox needs a " + field + " of 1-" + max + " characters");
        }
    }
}
