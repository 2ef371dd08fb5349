package io.loopdesk.notification.mail;

import io.loopdesk.shared.SmtpRefusal;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Open SMTP connections to the mail server, reused across messages: connecting, greeting and (with STARTTLS) the
 * TLS handshake cost more than sending one short notice. A connection idle for {@value #IDLE_SECONDS} s is closed at
 * the next check, a third of that later at most.
 * A message that fails on a reused connection, which the server may have dropped meanwhile, is sent once more on a
 * new one; a failure there is the delivery's failure. A message the server refused for good ({@link SmtpRefusal})
 * is not sent again: the server answered, the connection was fine.
 */
final class SmtpConnections implements AutoCloseable {

    static final int IDLE_SECONDS = 30;

    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final GenericObjectPool<Connection> pool;

    SmtpConnections(JavaMailSenderImpl server, int maxOpen) {
        GenericObjectPoolConfig<Connection> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(maxOpen);
        config.setMaxIdle(maxOpen);
        config.setMinEvictableIdleDuration(Duration.ofSeconds(IDLE_SECONDS));
        config.setTimeBetweenEvictionRuns(Duration.ofSeconds(IDLE_SECONDS / 3));
        config.setJmxEnabled(false);
        // a server that stops answering holds its connections until the socket timeouts (spring.mail.properties)
        // end them; meanwhile other deliveries wait this long for one and then count as a failed attempt
        config.setMaxWait(MAX_WAIT);
        this.pool = new GenericObjectPool<>(new Connector(server), config);
    }

    /** Sends the message to its recipients. */
    void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        Connection connection = borrow();
        try {
            sendOn(connection, message);
        } catch (MessagingException e) {
            if (!connection.hasSent || SmtpRefusal.isPermanent(e)) {
                throw e;
            }
            sendOn(borrow(), message);
        }
    }

    private void sendOn(Connection connection, MimeMessage message) throws MessagingException {
        try {
            connection.send(message);
        } catch (MessagingException | RuntimeException e) {
            // whatever went wrong, the connection is in an unknown state: it leaves the pool
            invalidate(connection);
            throw e;
        }
        pool.returnObject(connection);
    }

    @Override
    public void close() {
        pool.close();
    }

    private Connection borrow() throws MessagingException {
        try {
            return pool.borrowObject();
        } catch (MessagingException e) {
            throw e;
        } catch (Exception e) {
            throw new MessagingException("No SMTP connection: " + e.getMessage(), e);
        }
    }

    private void invalidate(Connection connection) {
        try {
            pool.invalidateObject(connection);
        } catch (Exception ignored) {
            // the connection is broken already; closing it is all invalidation would do
        }
    }

    /** One open connection, and whether a message went through it already (so the server may have dropped it since). */
    private static final class Connection {

        private final Transport transport;
        private boolean hasSent;

        Connection(Transport transport) {
            this.transport = transport;
        }

        void send(MimeMessage message) throws MessagingException {
            transport.sendMessage(message, message.getAllRecipients());
            hasSent = true;
        }
    }

    /** Opens a connection the way Spring's sender does for each message, with its settings. */
    private static final class Connector extends BasePooledObjectFactory<Connection> {

        private final JavaMailSenderImpl server;

        Connector(JavaMailSenderImpl server) {
            this.server = server;
        }

        @Override
        public Connection create() throws MessagingException {
            Transport transport = server.getProtocol() == null
                    ? server.getSession().getTransport()
                    : server.getSession().getTransport(server.getProtocol());
            String username =
                    server.getUsername() == null || server.getUsername().isEmpty() ? null : server.getUsername();
            String password = username == null ? null : server.getPassword();
            transport.connect(server.getHost(), server.getPort(), username, password);
            return new Connection(transport);
        }

        @Override
        public PooledObject<Connection> wrap(Connection connection) {
            return new DefaultPooledObject<>(connection);
        }

        @Override
        public void destroyObject(PooledObject<Connection> connection) {
            try {
                connection.getObject().transport.close();
            } catch (MessagingException ignored) {
                // closing a connection the server dropped fails; it is gone either way
            }
        }
    }
}
