package io.loopdesk.shared.jdbc;

import io.loopdesk.shared.AfterCommit;
import io.loopdesk.shared.Remembered;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Tells every node that something changed, once the change commits: the node that made it at once, the others on
 * PostgreSQL within a few milliseconds by {@code NOTIFY} (sent in the changing transaction, so PostgreSQL delivers it
 * exactly when the change commits, and never for a change rolled back). Nodes keep settings and checked credentials
 * in memory ({@link Remembered}); a signal makes them forget what changed, so a revoked key or a new category counts
 * everywhere at once instead of after an expiry. The embedded H2 database serves one node, which needs no
 * messages.
 *
 * <p>A node that loses its listening connection (a database restart) forgets everything it remembered when it
 * listens again: it may have missed signals in between.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    static final String CHANNEL = "loopdesk_signals";
    /** Forget every entry, whatever the topic: after a gap in listening. */
    public static final String EVERYTHING = "*";

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);

    private final String node = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final boolean postgres;
    private volatile boolean running;
    private volatile Thread listener;

    ClusterSignals(DataSource dataSource, JdbcClient jdbc, DatabaseProduct database) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.postgres = database.postgresql();
    }

    /** Calls {@code handler} with the payload of every signal on {@code topic}, from any node, this one included. */
    public void subscribe(String topic, Consumer<String> handler) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /**
     * Signals {@code payload} on {@code topic} to every node once the current transaction commits (at once if there
     * is none); nothing if it rolls back.
     */
    public void signal(String topic, String payload) {
        AfterCommit.inline(() -> deliver(topic, payload));
        if (postgres) {
            jdbc.sql("select pg_notify(?, ?)")
                    .params(CHANNEL, node + '|' + topic + '|' + payload)
                    .query((rs, n) -> 1)
                    .list();
        }
    }

    private void deliver(String topic, String payload) {
        for (Consumer<String> handler : subscribers.getOrDefault(topic, List.of())) {
            try {
                handler.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A node signal on {} was not handled", topic, e);
            }
        }
    }

    private void deliverEverywhere(String payload) {
        subscribers.keySet().forEach(topic -> deliver(topic, payload));
    }

    private void listen() {
        BackOffExecution backoff = reconnecting();
        boolean first = true;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                if (!first) {
                    deliverEverywhere(EVERYTHING);
                }
                first = false;
                backoff = reconnecting();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(1000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                Duration wait = Duration.ofMillis(backoff.nextBackOff());
                log.warn(
                        "Not listening for other nodes' changes ({}); trying again in {} s",
                        e.getMessage(),
                        wait.toSeconds());
                sleep(wait);
            }
        }
    }

    /** Waits of 1, 2, 4 … seconds, at most 30, for as long as the database stays away. */
    private static BackOffExecution reconnecting() {
        ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff.start();
    }

    private void receive(String message) {
        String[] parts = message.split("\\|", 3);
        if (parts.length == 3 && !parts[0].equals(node)) {
            deliver(parts[1], parts[2]);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        if (postgres) {
            listener = Thread.ofVirtual().name("loopdesk-signals").start(this::listen);
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
