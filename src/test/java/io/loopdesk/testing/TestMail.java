package io.loopdesk.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server for the tests (GreenMail), one per test JVM on a free port, so e-mails the application sends
 * arrive somewhere they can be read. Tests that need a broken mail server {@link #stop()} it and {@link #start()}
 * it again.
 */
public final class TestMail {

    public static final int PORT = freePort();

    private static GreenMail server;

    private TestMail() {}

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        // the port a refusing server or the previous GreenMail just gave up is now and then not yet bindable on a
        // busy machine (seen once in ~40 CI runs), so a failed start is tried again instead of failing the test
        RuntimeException failure = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            // a busy CI machine can take longer than GreenMail's default 2 s to bind the port again after a stop
            ServerSetup setup = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            setup.setServerStartupTimeout(30_000);
            GreenMail started = new GreenMail(setup);
            try {
                started.start();
                // kept only once listening: a server that failed to start would otherwise be taken for a running
                // one, and every later test's mail would go nowhere
                server = started;
                return;
            } catch (RuntimeException notListening) {
                started.stop();
                failure = notListening;
                sleep();
            }
        }
        throw failure;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received so far for {@code address}. */
    public static synchronized List<MimeMessage> to(String address) {
        start();
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The settings that point an application at this server. */
    public static Map<String, Object> properties() {
        return Map.of(
                "spring.mail.host",
                "127.0.0.1",
                "spring.mail.port",
                PORT,
                "spring.mail.properties.mail.smtp.connectiontimeout",
                2000,
                "spring.mail.properties.mail.smtp.timeout",
                5000);
    }

    /**
     * A free port below Linux's range for outgoing connections (32768 and up): the server is stopped and started
     * again by tests, and a port from that range can meanwhile become the local end of a database connection.
     */
    private static int freePort() {
        for (int tries = 0; tries < 200; tries++) {
            int port = java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("No free port between 20000 and 32000"));
    }

    /** Starts the server and points the application context at it. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            start();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("loopdesk-test-mail", properties()));
        }
    }
}
