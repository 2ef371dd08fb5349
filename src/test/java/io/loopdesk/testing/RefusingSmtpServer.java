package io.loopdesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that speaks just enough SMTP to refuse every message, the way real servers do and GreenMail cannot
 * on demand: it answers {@code RCPT TO} (or the end of {@code DATA}) with the given reply, e.g.
 * {@code 554 5.7.1 Relay access denied} (for good) or {@code 451 4.3.0 Try again later} (for now). Counts the
 * messages it was offered per recipient, so a test sees whether a sender tried again.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    /** Where in the dialogue the refusal comes. */
    public enum Stage {
        RCPT,
        DATA
    }

    private final ServerSocket socket;
    private final Stage stage;
    private final String reply;
    private final Map<String, AtomicInteger> offered = new ConcurrentHashMap<>();
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();

    private RefusingSmtpServer(int port, Stage stage, String reply) throws IOException {
        this.socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.stage = stage;
        this.reply = reply;
        // platform threads: a virtual thread blocked in accept may keep the port until a carrier is free to end it
        Thread.ofPlatform()
                .daemon()
                .name("refusing-smtp-" + socket.getLocalPort())
                .start(this::accept);
    }

    /** Listens on {@code port} (0: a free one). */
    public static RefusingSmtpServer start(int port, Stage stage, String reply) {
        try {
            return new RefusingSmtpServer(port, stage, reply);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** How many times a client tried to send a message to {@code recipient} (each {@code RCPT TO}). */
    public int offeredTo(String recipient) {
        AtomicInteger count = offered.get(recipient.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    /**
     * Stops listening and drops every open connection, as a server that goes away does: with a reset, so the port
     * is free at once for the next server (a closed connection would linger in TIME_WAIT and keep it).
     */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a listening socket only fails if it is closed already
        }
        clients.forEach(client -> {
            try {
                client.setSoLinger(true, 0);
                client.close();
            } catch (IOException ignored) {
                // gone already
            }
        });
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                clients.add(client);
                // a client may keep a connection open between messages: each gets its own thread
                Thread.ofPlatform().daemon().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream()) {
            say(out, "220 refusing.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250 refusing.test");
                    case "MAIL" -> say(out, "250 2.1.0 OK");
                    case "RCPT" -> {
                        offered.computeIfAbsent(recipient(line), r -> new AtomicInteger())
                                .incrementAndGet();
                        say(out, stage == Stage.RCPT ? reply : "250 2.1.5 OK");
                    }
                    case "DATA" -> {
                        say(out, "354 End data with <CR><LF>.<CR><LF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message is read and dropped
                        }
                        say(out, stage == Stage.DATA ? reply : "250 2.0.0 OK");
                    }
                    case "QUIT" -> {
                        say(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> say(out, "250 OK"); // RSET, NOOP
                }
            }
        } catch (IOException gone) {
            // the client went away
        } finally {
            clients.remove(client);
        }
    }

    /** {@code b@example.com} of {@code RCPT TO:<b@example.com>}. */
    private static String recipient(String command) {
        return command.replaceFirst("(?i)^RCPT TO:\\s*<?([^>\\s]*)>?.*$", "$1").toLowerCase(Locale.ROOT);
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
