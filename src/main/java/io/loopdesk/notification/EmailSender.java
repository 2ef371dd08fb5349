package io.loopdesk.notification;

import io.loopdesk.shared.SmtpRefusal;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mails through the SMTP server of {@code spring.mail.*}, over connections kept open between e-mails
 * ({@link SmtpConnections}). Without {@code spring.mail.host} there is no mail server: e-mails then fail at once
 * with that reason instead of being retried for nothing. So does an e-mail the server refuses for good (a 5xx
 * reply, {@link SmtpRefusal}); a temporary refusal (4xx) or a connection failure is retried.
 */
@Component
class EmailSender implements NotificationSender, DisposableBean {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private volatile @Nullable SmtpConnections connections;
    private volatile @Nullable JavaMailSender server;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public String deliver(Notification notification) throws DeliveryFailedException {
        JavaMailSender sender = server();
        if (sender == null) {
            throw new DeliveryFailedException("No mail server is configured (set spring.mail.host).", false);
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(notification.address());
            helper.setSubject(notification.subject());
            helper.setText(notification.body());
            if (sender instanceof JavaMailSenderImpl server) {
                connectionsTo(server).send(message);
            } else {
                sender.send(message);
            }
            return "smtp";
        } catch (MailException | MessagingException e) {
            throw new DeliveryFailedException("SMTP: " + describe(e), !permanent(e));
        }
    }

    /** Spring's sender keeps each message's failure apart from the exception it throws. */
    private static boolean permanent(Exception failure) {
        if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            return Arrays.stream(send.getMessageExceptions()).allMatch(SmtpRefusal::isPermanent);
        }
        return SmtpRefusal.isPermanent(failure);
    }

    private static String describe(Exception failure) {
        if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            return Arrays.stream(send.getMessageExceptions())
                    .map(SmtpRefusal::describe)
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        return SmtpRefusal.describe(failure);
    }

    @Override
    public void destroy() {
        SmtpConnections open = connections;
        if (open != null) {
            open.close();
        }
    }

    /** The configured mail server, looked up once: resolving the bean again cost more than building the message. */
    private @Nullable JavaMailSender server() {
        JavaMailSender found = server;
        if (found == null) {
            found = mail.getIfAvailable();
            server = found;
        }
        return found;
    }

    private SmtpConnections connectionsTo(JavaMailSenderImpl server) {
        SmtpConnections open = connections;
        if (open == null) {
            synchronized (this) {
                open = connections;
                if (open == null) {
                    open = new SmtpConnections(server, properties.smtpConnections());
                    connections = open;
                }
            }
        }
        return open;
    }
}
