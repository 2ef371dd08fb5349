package io.loopdesk.notification.mail;

import io.loopdesk.notification.NotificationProperties;
import io.loopdesk.notification.SmtpRoute;
import io.loopdesk.notification.SmtpRoutes;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP servers e-mails go out through, each with its own pool of open connections ({@link SmtpConnections}):
 * the server of {@code spring.mail.*} for notices, and the server of a route ({@link SmtpRoutes}, e.g. a support
 * mailbox's) for e-mails that name one. A route whose settings changed since its pool was opened gets a new pool,
 * and the old one is closed.
 */
@Component
public class SmtpServers implements DisposableBean {

    /** A server to send through: a message made for it, then {@link #send}. */
    public interface Server {

        /** A new message for this server; it keeps {@code messageId} as its Message-ID when one is given. */
        MimeMessage newMessage(@Nullable String messageId);

        void send(MimeMessage message) throws MessagingException;
    }

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final Map<String, RouteServer> routes = new ConcurrentHashMap<>();
    private volatile @Nullable Server standard;

    SmtpServers(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /**
     * The server of {@code spring.mail.*}, looked up once (resolving the bean again cost more than building the
     * message); {@code null} when none is configured.
     */
    @Nullable
    public Server standard() {
        Server found = standard;
        if (found == null) {
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                return null;
            }
            synchronized (this) {
                found = standard;
                if (found == null) {
                    found = sender instanceof JavaMailSenderImpl impl
                            ? new Pooled(impl, new SmtpConnections(impl, properties.smtpConnections()))
                            : new Plain(sender);
                    standard = found;
                }
            }
        }
        return found;
    }

    /** The server of {@code route} (named {@code key} for its tenant), pooled while its settings stay the same. */
    public Server of(String key, SmtpRoute route) {
        return routes.compute(key, (k, open) -> {
                    if (open != null && open.route().equals(route)) {
                        return open;
                    }
                    if (open != null) {
                        open.server().close();
                    }
                    JavaMailSenderImpl impl = senderFor(route);
                    return new RouteServer(
                            route, new Pooled(impl, new SmtpConnections(impl, properties.smtpConnections())));
                })
                .server();
    }

    @Override
    public void destroy() {
        if (standard instanceof Pooled pooled) {
            pooled.close();
        }
        routes.values().forEach(open -> open.server().close());
    }

    private static JavaMailSenderImpl senderFor(SmtpRoute route) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        String protocol = route.security() == SmtpRoute.Security.SSL ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        sender.setHost(route.host());
        sender.setPort(route.port());
        sender.setUsername(route.username());
        sender.setPassword(route.password());
        boolean startTls = route.security() == SmtpRoute.Security.STARTTLS;
        Properties props = new Properties();
        props.put("mail." + protocol + ".connectiontimeout", "20000");
        props.put("mail." + protocol + ".timeout", "60000");
        props.put("mail." + protocol + ".writetimeout", "60000");
        props.put("mail." + protocol + ".starttls.enable", String.valueOf(startTls));
        props.put("mail." + protocol + ".starttls.required", String.valueOf(startTls));
        props.put("mail." + protocol + ".auth", String.valueOf(route.username() != null));
        sender.setJavaMailProperties(props);
        return sender;
    }

    private record RouteServer(SmtpRoute route, Pooled server) {}

    /** A {@link JavaMailSenderImpl}'s server over kept-open connections. */
    private record Pooled(JavaMailSenderImpl sender, SmtpConnections connections) implements Server {

        @Override
        public MimeMessage newMessage(@Nullable String messageId) {
            return messageId == null ? sender.createMimeMessage() : new ThreadedMessage(sender, messageId);
        }

        @Override
        public void send(MimeMessage message) throws MessagingException {
            connections.send(message);
        }

        void close() {
            connections.close();
        }
    }

    /** Any other sender (a test's, say): one message at a time, with the Message-ID it makes. */
    private record Plain(JavaMailSender sender) implements Server {

        @Override
        public MimeMessage newMessage(@Nullable String messageId) {
            return sender.createMimeMessage();
        }

        @Override
        public void send(MimeMessage message) {
            sender.send(message);
        }
    }

    /** A message that keeps the Message-ID it was given, so an answer to it can be threaded back. */
    private static final class ThreadedMessage extends MimeMessage {

        private final String id;

        ThreadedMessage(JavaMailSenderImpl sender, String id) {
            super(sender.getSession());
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }
}
