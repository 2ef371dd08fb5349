package io.loopdesk.intake.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The support mailbox the e-mail tests read: one account on a GreenMail server started for each test (SMTP 3025,
 * POP3 3110, IMAP 3143), the settings that point a Loopdesk mailbox at it, and how to put mail in it.
 */
final class SupportMailbox {

    static final String ADDRESS = "support@acme.test";
    static final int IMAP = 3143;
    static final int POP3 = 3110;
    static final int SMTP = 3025;

    private SupportMailbox() {}

    /** A fresh server for each test, with the account. */
    static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP_POP3_IMAP)
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(ADDRESS, "support", "secret"))
                .withPerMethodLifecycle(true);
    }

    /** Read over {@code protocol} on {@code port}; replies through SMTP on {@code smtpPort}. */
    static MailboxSettings settings(MailProtocol protocol, int port, @Nullable String password, int smtpPort) {
        return new MailboxSettings(
                "Support",
                ADDRESS,
                protocol,
                "localhost",
                port,
                "support",
                password,
                "INBOX",
                "localhost",
                smtpPort,
                SmtpSecurity.NONE,
                null,
                null,
                true);
    }

    static MailboxSettings imap() {
        return settings(MailProtocol.IMAP, IMAP, "secret", SMTP);
    }

    /** A plain-text mail from {@code from} to the support address, answering {@code inReplyTo} if given. */
    static MimeMessage mail(String from, String name, String subject, String text, @Nullable String inReplyTo)
            throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new jakarta.mail.internet.InternetAddress(from, name, "UTF-8"));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, ADDRESS);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", inReplyTo);
        }
        message.saveChanges();
        return message;
    }

    /** Puts a mail, exactly these bytes, in the account's inbox. */
    static void deliver(GreenMailExtension server, byte[] raw) throws Exception {
        server.getUserManager()
                .getUserByEmail(ADDRESS)
                .deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    /** How many mails in the inbox are not flagged read, i.e. not yet acknowledged by Loopdesk. */
    static int unseen() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("localhost", IMAP, "support", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int unseen = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
            inbox.close(false);
            return unseen;
        } finally {
            store.close();
        }
    }
}
