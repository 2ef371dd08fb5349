package io.loopdesk.notification;

import org.jspecify.annotations.Nullable;

/**
 * Where an e-mail comes from and which SMTP server takes it, as {@link SmtpRoutes} resolves a route now.
 *
 * @param fromName shown with the address, e.g. the mailbox's name; {@code null} for the address alone
 * @param username {@code null} when the server takes mail without signing in
 */
public record SmtpRoute(
        String fromAddress,
        @Nullable String fromName,
        String host,
        int port,
        Security security,
        @Nullable String username,
        @Nullable String password) {

    /** How the connection to the server is protected. */
    public enum Security {
        NONE,
        STARTTLS,
        SSL
    }

    @Override
    public String toString() {
        // the password stays out of logs
        return "SmtpRoute[" + fromAddress + " via " + host + ":" + port + " " + security + "]";
    }
}
