package io.loopdesk.notification;

import io.loopdesk.notification.mail.NotificationEmail;
import io.loopdesk.notification.mail.NotificationEmailRepository;
import io.loopdesk.notification.mail.SmtpServers;
import io.loopdesk.shared.SmtpRefusal;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mails. A notice goes through the SMTP server of {@code spring.mail.*} from
 * {@code loopdesk.notification.mail-from}; an e-mail with an envelope ({@link EmailEnvelope}) keeps its Message-ID
 * and threading headers, carries its files (read now, {@link AttachmentSource}) and, when it names a route, goes
 * from the route's address through the route's server ({@link SmtpRoutes}). Connections stay open between e-mails
 * ({@link SmtpServers}).
 *
 * <p>An e-mail fails for good, and is not tried again, when there is nothing to send it through (no
 * {@code spring.mail.host}, a route that is gone), when one of its files is gone, or when the server refuses it for
 * good (a 5xx reply, {@link SmtpRefusal}); a temporary refusal (4xx), a connection failure or a file that cannot be
 * read now is retried.
 */
@Component
class EmailSender implements NotificationSender {

    private final SmtpServers servers;
    private final NotificationEmailRepository envelopes;
    private final ObjectProvider<SmtpRoutes> routes;
    private final ObjectProvider<AttachmentSource> files;
    private final NotificationProperties properties;

    EmailSender(
            SmtpServers servers,
            NotificationEmailRepository envelopes,
            ObjectProvider<SmtpRoutes> routes,
            ObjectProvider<AttachmentSource> files,
            NotificationProperties properties) {
        this.servers = servers;
        this.envelopes = envelopes;
        this.routes = routes;
        this.files = files;
        this.properties = properties;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public String deliver(Notification notification) throws DeliveryFailedException {
        @Nullable
        EmailEnvelope envelope = envelopes
                .findById(notification.id())
                .map(NotificationEmail::envelope)
                .orElse(null);
        @Nullable
        SmtpRoute route =
                envelope == null || envelope.route() == null ? null : route(notification.tenantId(), envelope.route());
        SmtpServers.Server server = route == null
                ? servers.standard()
                : servers.of(notification.tenantId() + "/" + envelope.route(), route);
        if (server == null) {
            throw new DeliveryFailedException("No mail server is configured (set spring.mail.host).", false);
        }
        List<OutgoingAttachment> attached = attachments(notification.tenantId(), envelope);
        try {
            MimeMessage message = server.newMessage(envelope == null ? null : envelope.messageId());
            // plain text, or the text and the files side by side (no "related" part: nothing is shown inline)
            MimeMessageHelper helper = new MimeMessageHelper(
                    message,
                    attached.isEmpty() ? MimeMessageHelper.MULTIPART_MODE_NO : MimeMessageHelper.MULTIPART_MODE_MIXED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from(route));
            helper.setTo(notification.address());
            helper.setSubject(notification.subject());
            helper.setText(notification.body());
            if (envelope != null) {
                thread(message, envelope);
            }
            for (OutgoingAttachment file : attached) {
                helper.addAttachment(file.filename(), new ByteArrayDataSource(file.content(), file.contentType()));
            }
            server.send(message);
            return route == null ? "smtp" : "smtp:" + route.host();
        } catch (MailException | MessagingException e) {
            throw new DeliveryFailedException("SMTP: " + describe(e), !permanent(e));
        }
    }

    private SmtpRoute route(long tenantId, String name) throws DeliveryFailedException {
        SmtpRoutes resolver = routes.getIfAvailable();
        Optional<SmtpRoute> found = resolver == null ? Optional.empty() : resolver.resolve(tenantId, name);
        return found.orElseThrow(() -> new DeliveryFailedException("The sending route " + name + " is gone.", false));
    }

    private List<OutgoingAttachment> attachments(long tenantId, @Nullable EmailEnvelope envelope)
            throws DeliveryFailedException {
        if (envelope == null || envelope.attachments().isEmpty()) {
            return List.of();
        }
        List<AttachmentSource> sources = files.orderedStream().toList();
        List<OutgoingAttachment> found = new ArrayList<>();
        for (String reference : envelope.attachments()) {
            try {
                Optional<OutgoingAttachment> file = Optional.empty();
                for (AttachmentSource source : sources) {
                    file = source.open(tenantId, reference);
                    if (file.isPresent()) {
                        break;
                    }
                }
                found.add(file.orElseThrow(
                        () -> new DeliveryFailedException("The attachment " + reference + " is gone.", false)));
            } catch (IOException e) {
                throw new DeliveryFailedException("The attachment " + reference + " cannot be read: " + e, true);
            }
        }
        return found;
    }

    private InternetAddress from(@Nullable SmtpRoute route) throws MessagingException {
        if (route == null) {
            return new InternetAddress(properties.mailFrom());
        }
        try {
            return new InternetAddress(route.fromAddress(), route.fromName(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static void thread(MimeMessage message, EmailEnvelope envelope) throws MessagingException {
        if (envelope.inReplyTo() != null) {
            message.setHeader("In-Reply-To", "<" + envelope.inReplyTo() + ">");
        }
        if (!envelope.references().isEmpty()) {
            message.setHeader(
                    "References",
                    envelope.references().stream().map(id -> "<" + id + ">").collect(Collectors.joining(" ")));
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
                    .collect(Collectors.joining("; "));
        }
        return SmtpRefusal.describe(failure);
    }
}
