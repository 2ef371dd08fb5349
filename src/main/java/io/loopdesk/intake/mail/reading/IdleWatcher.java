package io.loopdesk.intake.mail.reading;

import io.loopdesk.intake.mail.MailboxView;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one IMAP IDLE connection open on a mailbox and asks for a read whenever the server announces new mail. It
 * only listens: reading, acknowledging and failing stay with {@link MailPolling}, so a pushed mail goes through
 * exactly the same path as a polled one. A server without IDLE is reported once and the watcher ends.
 */
final class IdleWatcher {

    private static final Logger log = LoggerFactory.getLogger(IdleWatcher.class);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(30);
    /** A read timeout longer than the time between refreshes, so a quiet IDLE is not mistaken for a dead one. */
    private static final Duration IDLE_READ_TIMEOUT = Duration.ofMinutes(5);

    private final MailboxView mailbox;
    private final String password;
    private final Runnable read;
    private final Consumer<Boolean> idleSupported;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile @Nullable Store store;
    private volatile @Nullable IMAPFolder folder;

    IdleWatcher(MailboxView mailbox, String password, Runnable read, Consumer<Boolean> idleSupported) {
        this.mailbox = mailbox;
        this.password = password;
        this.read = read;
        this.idleSupported = idleSupported;
        // a platform thread: Jakarta Mail blocks inside synchronized blocks, which pins a virtual thread on Java 21
        this.thread =
                Thread.ofPlatform().daemon().name("mail-idle-" + mailbox.id()).unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    /** Ends the current IDLE and starts a new one; the round trip also proves the connection still lives. */
    void refresh() {
        IMAPFolder current = folder;
        if (current != null && current.isOpen()) {
            try {
                current.getMessageCount(); // another thread touching the folder ends its IDLE
            } catch (MessagingException e) {
                log.debug("Refreshing IDLE on mailbox {} failed: {}", mailbox.id(), e.getMessage());
            }
        }
    }

    void stop() {
        stopped = true;
        Store current = store;
        if (current != null) {
            try {
                current.close(); // makes a blocked idle() return with an exception
            } catch (MessagingException e) {
                log.debug("Closing IDLE connection of mailbox {}: {}", mailbox.id(), e.getMessage());
            }
        }
        thread.interrupt();
    }

    private void run() {
        while (!stopped) {
            try {
                watchOnce();
                return;
            } catch (MessagingException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                // reading reports the failure on the status page; the watcher only tries again a little later
                log.info("IDLE on mailbox {} interrupted, reconnecting: {}", mailbox.id(), e.getMessage());
                if (!pause()) {
                    return;
                }
            } finally {
                close();
            }
        }
    }

    /** Watches until stopped or the connection breaks; returns normally only when stopped or IDLE is unsupported. */
    private void watchOnce() throws MessagingException {
        Properties settings = MailboxReader.properties(mailbox);
        settings.put("mail." + mailbox.protocol().store + ".timeout", String.valueOf(IDLE_READ_TIMEOUT.toMillis()));
        IMAPStore connected = (IMAPStore) MailboxReader.connect(mailbox, password, settings);
        store = connected;
        if (!connected.hasCapability("IDLE")) {
            log.info("Mailbox {} ({}) offers no IMAP IDLE; it is polled", mailbox.id(), mailbox.host());
            idleSupported.accept(false);
            return;
        }
        idleSupported.accept(true);
        IMAPFolder opened = (IMAPFolder) connected.getFolder(mailbox.folder());
        opened.open(Folder.READ_ONLY);
        folder = opened;
        int seen = opened.getMessageCount();
        read.run(); // whatever arrived while nobody watched
        while (!stopped) {
            // returns on any news: new mail, but also flags another connection set, or a refresh
            opened.idle(true);
            int now = opened.getMessageCount();
            if (!stopped && now != seen) {
                seen = now;
                read.run();
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(RECONNECT_AFTER);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void close() {
        Store current = store;
        store = null;
        folder = null;
        if (current != null && current.isConnected()) {
            try {
                current.close();
            } catch (MessagingException e) {
                log.debug("Closing IDLE connection of mailbox {}: {}", mailbox.id(), e.getMessage());
            }
        }
    }
}
