package io.loopdesk.intake.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Sends one reply of the outbox through its mailbox's SMTP server, with the Message-ID we gave it and the
 * threading headers, so the customer's answer finds its ticket again.
 */
@Component
class ReplyTransport {

    private final CredentialCipher cipher;
    private final Clock clock;

    ReplyTransport(CredentialCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.clock = clock;
    }

    void send(Mailbox mailbox, OutboxSender.Due reply) throws MessagingException, UnsupportedEncodingException {
        MailboxView view = mailbox.view();
        Properties props = new Properties();
        props.put("mail.transport.protocol", view.smtpSecurity() == SmtpSecurity.SSL ? "smtps" : "smtp");
        props.put("mail.smtp.connectiontimeout", "20000");
        props.put("mail.smtp.timeout", "60000");
        props.put("mail.smtp.starttls.enable", String.valueOf(view.smtpSecurity() == SmtpSecurity.STARTTLS));
        props.put("mail.smtp.starttls.required", String.valueOf(view.smtpSecurity() == SmtpSecurity.STARTTLS));
        props.put("mail.smtp.auth", String.valueOf(view.smtpUsername() != null));
        props.put("mail.smtps.auth", String.valueOf(view.smtpUsername() != null));
        Session session = Session.getInstance(props);
        MimeMessage message = new ThreadedMessage(session, reply.messageId());
        message.setFrom(new InternetAddress(view.address(), view.name(), StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(reply.recipient()));
        message.setSubject(reply.subject(), StandardCharsets.UTF_8.name());
        message.setText(reply.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        if (reply.inReplyTo() != null) {
            message.setHeader("In-Reply-To", "<" + reply.inReplyTo() + ">");
        }
        if (reply.references() != null) {
            message.setHeader("References", "<" + reply.references() + ">");
        }
        try (Transport transport = session.getTransport()) {
            String password = mailbox.smtpSecret() == null ? null : cipher.decrypt(mailbox.smtpSecret());
            transport.connect(view.smtpHost(), view.smtpPort(), view.smtpUsername(), password);
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    /** A message that keeps the Message-ID we gave it, so the customer's answer can be threaded back. */
    private static final class ThreadedMessage extends MimeMessage {
        private final String id;

        ThreadedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }
}
