package io.loopdesk.intake.mail.reading;

import io.loopdesk.intake.mail.MailProperties;
import io.loopdesk.intake.mail.MailProtocol;
import io.loopdesk.intake.mail.MailboxView;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Reads a mailbox over IMAP or POP3 and acknowledges messages only after they were handled and committed: on IMAP
 * it is flagged seen (and deleted if so configured), on POP3 deleted when the session ends. Bodies are fetched with
 * {@code BODY.PEEK}, so a crash before the acknowledgement leaves the message unread and it is read again (and
 * recognised, so no duplicate).
 */
@Component
public class MailboxReader {

    /** How one reading went. */
    record Reading(int read, int handled) {}

    /** Handled messages acknowledged together; bounds what a crash makes the next reading see again. */
    private static final int ACKNOWLEDGE_BATCH = 100;

    private final MailProperties properties;

    public MailboxReader(MailProperties properties) {
        this.properties = properties;
    }

    /**
     * @param handle handles one raw message and returns whether the server may forget it; throwing stops the reading
     *     and leaves that message on the server
     * @param keepReading asked before each message; false stops the reading there (what was handled is still
     *     acknowledged), e.g. when its lease was lost
     */
    public Reading read(
            MailboxView mailbox, String password, Function<byte[], Boolean> handle, BooleanSupplier keepReading)
            throws MessagingException, IOException {
        Store store = connect(mailbox, password, properties(mailbox));
        Folder folder = null;
        boolean expunge = !mailbox.protocol().isImap() || this.properties.deleteAfterReading();
        List<Message> unacknowledged = new ArrayList<>();
        int read = 0;
        int handled = 0;
        try {
            folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            Message[] messages = mailbox.protocol().isImap()
                    ? folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))
                    : folder.getMessages();
            int limit = Math.min(messages.length, this.properties.maxMessagesPerPoll());
            try {
                for (int i = 0; i < limit && keepReading.getAsBoolean(); i++) {
                    Message message = messages[i];
                    read++;
                    if (handle.apply(raw(message))) {
                        unacknowledged.add(message);
                        handled++;
                        if (unacknowledged.size() == ACKNOWLEDGE_BATCH) {
                            acknowledge(folder, unacknowledged, mailbox.protocol());
                        }
                    }
                }
            } finally {
                // what was handled is committed: acknowledge it even when a later message stopped the reading
                if (!unacknowledged.isEmpty() && folder.isOpen()) {
                    acknowledge(folder, unacknowledged, mailbox.protocol());
                }
            }
        } finally {
            if (folder != null && folder.isOpen()) {
                folder.close(expunge);
            }
            store.close();
        }
        return new Reading(read, handled);
    }

    /** A connected store; the caller closes it. */
    static Store connect(MailboxView mailbox, String password, Properties settings) throws MessagingException {
        Store store = Session.getInstance(settings).getStore(mailbox.protocol().store);
        store.connect(mailbox.host(), mailbox.port(), mailbox.username(), password);
        return store;
    }

    /**
     * Flags handled messages in one command per batch (one IMAP {@code STORE} over a message set), not one round trip
     * per message; a crash before it only means those messages are read again and recognised as already handled.
     */
    private void acknowledge(Folder folder, List<Message> handled, MailProtocol protocol) throws MessagingException {
        Flags done = new Flags();
        if (protocol.isImap()) {
            done.add(Flags.Flag.SEEN);
        }
        if (!protocol.isImap() || properties.deleteAfterReading()) {
            done.add(Flags.Flag.DELETED);
        }
        folder.setFlags(handled.toArray(Message[]::new), done, true);
        handled.clear();
    }

    private static byte[] raw(Message message) throws MessagingException, IOException {
        // no size hint: asking the server for it would cost a round trip per message
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        message.writeTo(out);
        return out.toByteArray();
    }

    public static Properties properties(MailboxView mailbox) {
        Properties props = new Properties();
        String p = mailbox.protocol().store;
        props.put("mail.store.protocol", p);
        props.put("mail." + p + ".connectiontimeout", "20000");
        props.put("mail." + p + ".timeout", "60000");
        props.put("mail." + p + ".peek", "true");
        if (p.endsWith("s")) {
            props.put("mail." + p + ".ssl.enable", "true");
            props.put("mail." + p + ".ssl.checkserveridentity", "true");
        }
        return props;
    }
}
