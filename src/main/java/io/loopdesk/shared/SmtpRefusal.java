package io.loopdesk.shared;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for whether a mail that could not be sent may be tried again, for every mail the notification outbox
 * sends (replies to customers and notices alike): a message the SMTP server refused with a permanent reply (5xx,
 * e.g. {@code 554 Relay access denied}), or an address that cannot even be written, fails for good, since sending
 * it again gets the same answer. A temporary reply (4xx) and everything else (no connection, a server down or not
 * answering, a login refused until an admin fixes the password) may succeed later and is retried.
 */
public final class SmtpRefusal {

    private SmtpRefusal() {}

    /** Whether {@code failure}, or a failure within it, is the server's final no and none of them a "later". */
    public static boolean isPermanent(Throwable failure) {
        boolean permanent = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); ) {
            int code = replyCode(t);
            if (code >= 400 && code < 500) {
                return false;
            }
            permanent |= code >= 500 || t instanceof AddressException;
            // Jakarta Mail chains a refused recipient as the "next" exception of the failed send
            t = next(t);
        }
        return permanent;
    }

    /**
     * The failure as an admin reads it: its own message, and the server's replies found within it (Jakarta Mail
     * says only "Invalid Addresses" and keeps the server's {@code 554 ...} in a chained exception).
     */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName() + ": "
                + String.valueOf(failure.getMessage()).strip());
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = next(failure); t != null && seen.add(t); t = next(t)) {
            String said = String.valueOf(t.getMessage()).strip();
            if (replyCode(t) > 0 && text.indexOf(said) < 0) {
                text.append(" (").append(said).append(')');
            }
        }
        return text.toString();
    }

    private static @Nullable Throwable next(Throwable t) {
        if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return t.getCause();
    }

    /** The SMTP reply code a failure carries, or 0 when it carries none. */
    private static int replyCode(Throwable t) {
        return switch (t) {
            case SMTPAddressFailedException address -> address.getReturnCode();
            case SMTPSenderFailedException sender -> sender.getReturnCode();
            case SMTPSendFailedException send -> send.getReturnCode();
            default -> 0;
        };
    }
}
