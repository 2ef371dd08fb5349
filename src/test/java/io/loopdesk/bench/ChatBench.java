package io.loopdesk.bench;

import io.loopdesk.chat.ChatProperties;
import io.loopdesk.chat.ChatRouting;
import io.loopdesk.chat.ChatRules;
import io.loopdesk.chat.Chats;
import io.loopdesk.chat.VisitorStart;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.TestNodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.simp.broker.DefaultSubscriptionRegistry;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The chat benchmark of bench/README.md, run by {@code bench/chat.sh}; not part of the test suite (tag {@code bench}).
 * One node on H2 (file, as a small installation runs) or PostgreSQL; 2,000 visitors with a chat each and 20 agents
 * (each subscribed to 100 of the chats) connect over the product's own transport, STOMP over WebSocket at
 * {@code /chat/socket}, as the widget and the console do; then the visitors write 200 messages/s for 60 s in turn,
 * each carrying its send time. Measured: delivery latency from send to the chat's agent and back to the sender, every
 * message delivered exactly once to its agent, and what the connections cost the node (heap after full GC, resident
 * set, platform threads).
 *
 * <p>The clients run in a JVM of their own ({@link Clients}), started by this test with its class path, so the node's
 * heap and threads are measured without the clients' (which are reported apart). Writes
 * {@code target/bench/chat.txt}.
 */
@Tag("bench")
class ChatBench {

    private static final String DATABASE = "loopdesk_bench_chat";
    private static final String SAY = "BENCH ";

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        int connections = Integer.getInteger("bench.connections", 2_000);
        int agents = Math.min(connections, Integer.getInteger("bench.agents", 20));
        int rate = Integer.getInteger("bench.rate", 200);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup", 2_000);
        String database = System.getProperty("bench.database", "postgresql").toLowerCase(Locale.ROOT);
        Path folder = Files.createDirectories(Path.of("target", "bench")).toAbsolutePath();
        Path data = folder.resolve("chat-data");
        FileSystemUtils.deleteRecursively(data);
        Map<String, Object> settings = new HashMap<>();
        String databaseName;
        if (database.equals("postgresql")) {
            settings.putAll(BenchDatabase.fresh(DATABASE).settings());
            databaseName = "PostgreSQL";
        } else if (database.equals("h2")) {
            databaseName = "H2 (file, the default data folder layout)"; // the node's own default URL under data-dir
        } else {
            throw new IllegalArgumentException("bench.database is h2 or postgresql, not " + database);
        }
        settings.put("loopdesk.data-dir", data.toString());
        // each visitor writes once every connections/rate seconds; the product's limit (60 a minute, bursts of 6)
        // holds as long as that is at least a second, else the bench raises it and says so
        double perVisitorPerMinute = rate * 60.0 / connections;
        int limit = Integer.getInteger("bench.messages-per-minute", 0);
        if (limit == 0 && perVisitorPerMinute > 60) {
            limit = (int) Math.ceil(perVisitorPerMinute * 2);
        }
        if (limit > 0) {
            settings.put("loopdesk.chat.messages-per-minute", limit);
        }

        try (ConfigurableApplicationContext node = TestNodes.startOn(settings)) {
            String base = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
            Fixtures fixtures = Fixtures.outside(node);
            TenantInfo tenant = fixtures.tenant();
            // no chat goes to the supervisors during the run: their timers fire two hours after the start, not two
            // minutes (the default), which would put 2,000 escalations and notices into the measurement
            node.getBean(ChatRouting.class).change(tenant.id(), new ChatRules(ChatRules.DEFAULT.agentCap(), 120));
            List<Actor> staff = new ArrayList<>();
            List<String> cookies = new ArrayList<>();
            for (int a = 0; a < agents; a++) {
                UserView agent = fixtures.staff(tenant, Role.AGENT);
                staff.add(Fixtures.actor(agent));
                cookies.add(fixtures.pages(agent).cookieHeader());
            }
            // every chat answered by the agent who will watch it (the agent's first message makes it theirs), so the
            // chats are conversations going on, not a queue: a waiting chat costs every start and every visitor's
            // connection a pass over the queue (see the README)
            int perAgent = (connections + agents - 1) / agents;
            Chats chats = node.getBean(Chats.class);
            List<VisitorStart> started = new ArrayList<>();
            long startNanos = System.nanoTime();
            for (int v = 0; v < connections; v++) {
                VisitorStart start = chats.start(tenant.code(), "Visitor " + v);
                Actor agent = staff.get(v / perAgent);
                TenantScope.inTenant(
                        tenant.id(),
                        () -> chats.fromAgent(
                                start.chatId(),
                                agent,
                                "greeting",
                                "Hello, " + agent.name() + " here. How can I help?"));
                started.add(start);
            }
            double startSeconds = (System.nanoTime() - startNanos) / 1e9;
            Path plan = folder.resolve("chat-plan.txt");
            Path results = folder.resolve("chat-clients.properties");
            Files.deleteIfExists(results);
            List<String> lines = new ArrayList<>();
            lines.add("base " + base);
            lines.add("tenant " + tenant.id());
            lines.add("rate " + rate);
            lines.add("seconds " + seconds);
            lines.add("warmup " + warmup);
            for (VisitorStart start : started) {
                lines.add("visitor " + start.chatId() + " " + start.visitorToken());
            }
            for (int a = 0; a < agents; a++) {
                StringBuilder ids = new StringBuilder();
                for (int v = a * perAgent; v < Math.min(connections, (a + 1) * perAgent); v++) {
                    ids.append(ids.isEmpty() ? "" : ",").append(started.get(v).chatId());
                }
                lines.add("agent " + ids + " " + cookies.get(a));
            }
            Files.write(plan, lines);
            int effectiveLimit = node.getBean(ChatProperties.class).messagesPerMinute();
            int cacheLimit = brokerCache(node);

            Snapshot before = Snapshot.take();
            Process clients = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            Clients.class.getName(),
                            plan.toString(),
                            results.toString())
                    .redirectErrorStream(true)
                    .start();
            Writer commands = clients.outputWriter(StandardCharsets.UTF_8);
            try {
                BlockingQueue<String> said = listen(clients);
                await(said, "connected", TimeUnit.MINUTES.toSeconds(20));
                Thread.sleep(2_000); // what the connections started settles (sessions' first writes, buffers)
                Snapshot connected = Snapshot.take();
                tell(commands, "go");
                await(said, "probed", 600);
                Snapshot probed = Snapshot.take();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                threads.resetPeakThreadCount();
                long[] gcBefore = gc();
                MachineCpu cpuBefore = MachineCpu.now();
                tell(commands, "go");
                await(said, "done", seconds + 600L);
                MachineCpu cpu = MachineCpu.now().minus(cpuBefore);
                long[] gcDuring = gc();
                int peakThreads = threads.getPeakThreadCount();
                Properties figures = new Properties();
                try (var in = Files.newBufferedReader(results)) {
                    figures.load(in);
                }
                long stored = node.getBean(JdbcClient.class)
                        .sql("select count(*) from chat_message where tenant_id = ?")
                        .param(tenant.id())
                        .query(Long.class)
                        .single();
                write(new Run(
                        connections,
                        agents,
                        perAgent,
                        rate,
                        seconds,
                        databaseName,
                        startSeconds,
                        effectiveLimit,
                        limit > 0,
                        perVisitorPerMinute,
                        cacheLimit,
                        before,
                        connected,
                        probed,
                        peakThreads,
                        gcDuring[0] - gcBefore[0],
                        gcDuring[1] - gcBefore[1],
                        cpu,
                        figures,
                        stored));
            } finally {
                try {
                    commands.close(); // a client still waiting for a command ends
                } catch (IOException gone) {
                    // it has ended already
                }
                if (!clients.waitFor(60, TimeUnit.SECONDS)) {
                    clients.destroy();
                }
                Files.deleteIfExists(plan); // it holds the agents' session cookies and the visitors' tokens
            }
        }
        Files.writeString(folder.resolve("chat.txt"), report);
    }

    /** What one run gave, for the report. */
    private record Run(
            int visitors,
            int agents,
            int perAgent,
            int rate,
            int seconds,
            String database,
            double startSeconds,
            int limit,
            boolean limitRaised,
            double perVisitorPerMinute,
            int cacheLimit,
            Snapshot before,
            Snapshot connected,
            Snapshot probed,
            int peakThreads,
            long gcCount,
            long gcMillis,
            MachineCpu cpu,
            Properties clients,
            long stored) {

        long figure(String key) {
            return Long.parseLong(clients.getProperty(key, "-1"));
        }

        double decimal(String key) {
            return Double.parseDouble(clients.getProperty(key, "NaN"));
        }
    }

    private void write(Run run) throws Exception {
        int connections = run.visitors() + run.agents();
        line(String.format(
                Locale.ROOT,
                "# Chat benchmark: %,d visitors and %d agents on one node, %s; %d messages/s for %d s",
                run.visitors(),
                run.agents(),
                run.database(),
                run.rate(),
                run.seconds()));
        line("");
        line("STOMP over WebSocket at /chat/socket, the node's in-process broker. The clients (Spring's"
                + " WebSocketStompClient over Tomcat's JSR-356 client, no heart-beats, as the server sends none) run in"
                + " a JVM of their own on the same machine: the node's heap and threads below are the node's alone.");
        line("");
        line(String.format(
                Locale.ROOT,
                "Setup: %d agents signed in through the sign-in page; %,d chats started through Chats.start, each"
                        + " answered at once by the agent who watches it (a greeting through Chats.fromAgent, which makes"
                        + " the chat theirs: every chat is going on, none waits), in %.1f s (%.0f chats/s).",
                run.agents(),
                run.visitors(),
                run.startSeconds(),
                run.visitors() / run.startSeconds()));
        line("");
        line(String.format(
                Locale.ROOT,
                "Rate limit: %s, %d messages per participant and minute (bursts of %d); each visitor writes once"
                        + " every %.1f s (%.1f a minute).",
                run.limitRaised() ? "raised for this run" : "the product's default",
                run.limit(),
                Math.max(1, run.limit() / 10),
                60.0 / run.perVisitorPerMinute(),
                run.perVisitorPerMinute()));
        line("");
        line(String.format(
                Locale.ROOT,
                "The in-process broker's destination cache (Spring's DefaultSubscriptionRegistry) holds %,d"
                        + " destinations (Spring's default is %,d); the run has %,d chat destinations.",
                run.cacheLimit(),
                DefaultSubscriptionRegistry.DEFAULT_CACHE_LIMIT,
                run.visitors()));
        line("");
        line("## Connections");
        line("");
        long failed = run.figure("connect.failed");
        line(String.format(
                Locale.ROOT,
                "%,d connections (%,d visitors, %d agents) opened and subscribed in %.1f s, at most %d opening at"
                        + " once; %d failed, %d not ready in time.",
                connections,
                run.visitors(),
                run.agents(),
                run.decimal("connect.seconds"),
                run.figure("connect.parallel"),
                failed,
                run.figure("connect.unready")));
        line("");
        line("Each visitor as the widget does: CONNECT with its token, SUBSCRIBE /user/queue/errors, /topic/chat.{id},"
                + " /app/chat.{id}.state (its reply marks the visitor ready) and /app/chat.{id}.since.0. Each agent as"
                + " the console does, with its session cookie: SUBSCRIBE /topic/chats.{tenant}, /user/queue/errors, then"
                + " /topic/chat.{id} of its " + run.perAgent() + " chats and /app/chat.{id}.state of the last.");
        line("");
        line("| the node | before | all connected, idle | after one message from each visitor |");
        line("|---|---:|---:|---:|");
        snapshotRow(run, "heap used after full GC", snapshot -> mb(snapshot.heap()));
        perConnectionRow(run, "heap per connection", Snapshot::heap, true);
        snapshotRow(run, "resident set (RSS)", snapshot -> mb(snapshot.rss()));
        perConnectionRow(run, "RSS per connection", Snapshot::rss, false);
        snapshotRow(run, "direct buffers", snapshot -> mb(snapshot.direct()));
        snapshotRow(run, "platform threads", snapshot -> String.valueOf(snapshot.threads()));
        line("");
        line(String.format(
                Locale.ROOT,
                "The heap is the lowest of four readings each after a full GC (System.gc()); the RSS also holds what the"
                        + " JVM grew its heap by, so it is an upper bound. Requests run on virtual threads"
                        + " (spring.threads.virtual.enabled), which are not counted among the platform threads. The"
                        + " clients' own JVM: %s of heap per connection.",
                kb((run.figure("client.heap.connected") - run.figure("client.heap.before")) / (double) connections)));
        line("");
        line(String.format(
                Locale.ROOT,
                "Before the measurement, a warm-up of %,d messages at the same rate (the JIT compiles the path), in"
                        + " which every visitor wrote at least once (the check that every subscription is in place):"
                        + " %,d of %,d visitors' first messages reached their agent, %,d came back to their visitor;"
                        + " of all %,d, %,d reached their agent.",
                run.figure("warmup.sent"),
                run.figure("probe.agent"),
                run.figure("probe.sent"),
                run.figure("probe.visitor"),
                run.figure("warmup.sent"),
                run.figure("warmup.agent")));
        line("");
        line(String.format(
                Locale.ROOT,
                "## Delivery: %d messages/s for %d s, the visitors writing in turn",
                run.rate(),
                run.seconds()));
        line("");
        line("Latency from the send (System.nanoTime in the message's clientId, taken just before the SEND frame is"
                + " written) to the arrival of the stored line on the receiver's subscription to /topic/chat.{id}.");
        line("");
        line("| received | messages | p50 | p90 | p99 | p99.9 | max |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (String side : List.of("agent", "visitor")) {
            line(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.1f ms | %.1f ms | **%.1f ms** | %.1f ms | %.1f ms |",
                    side.equals("agent") ? "by the chat's agent" : "back by the sending visitor",
                    run.figure(side + ".delivered"),
                    run.decimal(side + ".p50"),
                    run.decimal(side + ".p90"),
                    run.decimal(side + ".p99"),
                    run.decimal(side + ".p999"),
                    run.decimal(side + ".max")));
        }
        line("");
        long sent = run.figure("sent");
        line(String.format(
                Locale.ROOT,
                "Sent %,d messages in %.1f s: %.1f/s (the sender was at most %.1f ms behind its schedule, p99 %.1f ms;"
                        + " %d sends failed). The agents received %,d of them, every one exactly once: %,d lost, %,d"
                        + " received twice or more, %,d on another chat's subscription. %,d came back to their"
                        + " visitors (%,d lost, %,d twice). %,d refusals on /user/queue/errors, %d ERROR frames, %d"
                        + " transport errors. The tenant's chat_message table holds %,d rows (%,d measured, %,d"
                        + " warm-up and %,d greeting messages).",
                sent,
                run.decimal("send.seconds"),
                run.decimal("send.rate"),
                run.decimal("send.lag.max"),
                run.decimal("send.lag.p99"),
                run.figure("send.failed"),
                run.figure("agent.delivered"),
                run.figure("agent.lost"),
                run.figure("agent.duplicates"),
                run.figure("misrouted"),
                run.figure("visitor.delivered"),
                run.figure("visitor.lost"),
                run.figure("visitor.duplicates"),
                run.figure("refusals"),
                run.figure("errors"),
                run.figure("transport.errors"),
                run.stored(),
                sent,
                run.figure("warmup.sent"),
                run.visitors()));
        line("");
        double measured = Math.max(1, sent);
        line(String.format(
                Locale.ROOT,
                "During the load the node's JVM used %.2f ms of CPU per message (%.0f %% of one core), at most %d"
                        + " platform threads, %d garbage collections taking %d ms in all; the clients' JVM %.2f ms per"
                        + " message; the whole machine was %.0f %% busy (%.0f %% stolen by the host; anything else"
                        + " running counts too).",
                run.cpu().jvmMillis() / measured,
                run.cpu().jvmMillis() / 10.0 / run.decimal("send.seconds"),
                run.peakThreads(),
                run.gcCount(),
                run.gcMillis(),
                run.decimal("client.cpu.millis") / measured,
                run.cpu().busyPercent(),
                run.cpu().stealPercent()));
        line("");
        boolean exact = run.figure("agent.lost") == 0
                && run.figure("agent.duplicates") == 0
                && run.figure("misrouted") == 0
                && failed == 0;
        line(String.format(
                Locale.ROOT,
                "Target (issue 21): %,d connections, p99 ≤ 100 ms at %d messages/s: agent p99 %.1f ms, %s; every"
                        + " message delivered exactly once to its agent: %s.",
                connections,
                run.rate(),
                run.decimal("agent.p99"),
                run.decimal("agent.p99") <= 100 ? "met" : "NOT met",
                exact ? "yes" : "NO"));
        line("");
        line("Machine: " + BenchDatabase.machine());
    }

    /**
     * The destination cache of the node's in-process broker, as the product set it: a send to a destination that is
     * not cached matches it against every subscription of every connection.
     */
    private static int brokerCache(ConfigurableApplicationContext node) {
        for (SimpleBrokerMessageHandler broker :
                node.getBeansOfType(SimpleBrokerMessageHandler.class).values()) {
            if (broker.getSubscriptionRegistry() instanceof DefaultSubscriptionRegistry registry) {
                return registry.getCacheLimit();
            }
        }
        return 0;
    }

    /** The node's memory and threads at one moment, after full collections. */
    private record Snapshot(long heap, long rss, long direct, int threads) {

        static Snapshot take() throws Exception {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long heap = Long.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                System.gc();
                Thread.sleep(250);
                heap = Math.min(heap, memory.getHeapMemoryUsage().getUsed());
            }
            long direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                    .filter(pool -> pool.getName().equals("direct"))
                    .mapToLong(BufferPoolMXBean::getMemoryUsed)
                    .sum();
            return new Snapshot(
                    heap,
                    residentSet(),
                    direct,
                    ManagementFactory.getThreadMXBean().getThreadCount());
        }

        private static long residentSet() throws IOException {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst()
                    .orElse(0L);
        }
    }

    /** Collections so far and the milliseconds they took, over every collector. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** The clients' lines meant for this test; the rest of their output is passed through. */
    private static BlockingQueue<String> listen(Process clients) {
        BlockingQueue<String> said = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon().name("chat-bench-clients").start(() -> {
            try (BufferedReader out = clients.inputReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(SAY)) {
                        said.add(line.substring(SAY.length()));
                    } else {
                        System.out.println("[clients] " + line);
                    }
                }
            } catch (IOException ended) {
                // the clients' JVM has gone
            }
            said.add("exited");
        });
        return said;
    }

    private static void await(BlockingQueue<String> said, String expected, long seconds) throws Exception {
        String line = said.poll(seconds, TimeUnit.SECONDS);
        if (!expected.equals(line)) {
            throw new IllegalStateException(
                    "The clients' JVM said " + line + " instead of " + expected + " (see its output above)");
        }
    }

    private static void tell(Writer commands, String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
    }

    /** One row of the node's table: the figure before, with every connection idle, and after the first messages. */
    private void snapshotRow(Run run, String label, java.util.function.Function<Snapshot, String> figure) {
        line("| " + label + " | " + figure.apply(run.before()) + " | " + figure.apply(run.connected()) + " | "
                + figure.apply(run.probed()) + " |");
    }

    /** What the connections added to a figure, per connection; the idle one in bold when it is the headline. */
    private void perConnectionRow(
            Run run, String label, java.util.function.ToLongFunction<Snapshot> figure, boolean headline) {
        double connections = run.visitors() + run.agents();
        String idle = kb((figure.applyAsLong(run.connected()) - figure.applyAsLong(run.before())) / connections);
        String probed = kb((figure.applyAsLong(run.probed()) - figure.applyAsLong(run.before())) / connections);
        line("| " + label + " | | " + (headline ? "**" + idle + "**" : idle) + " | " + probed + " |");
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1048576.0);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%,.1f KB", bytes / 1024.0);
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    /**
     * The visitors and agents, in a JVM of their own: reads the plan the test wrote (the node's address, the chats and
     * their tokens, the agents' session cookies and chats), connects everyone, says {@code BENCH connected}; on
     * {@code go} has each visitor write one message and says {@code BENCH probed}; on {@code go} again writes the
     * measured messages, waits for them, writes its figures (a properties file) and says {@code BENCH done}.
     */
    static final class Clients {

        /** Connections being opened at once; each holds its slot until it is subscribed. */
        private static final int PARALLEL = 32;

        private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(30);

        private final URI socket;
        private final long tenantId;
        private final int rate;
        private final int seconds;
        private final int warmup;
        private final long[] chatIds;
        private final String[] tokens;
        private final List<String> agentCookies = new ArrayList<>();
        private final List<long[]> agentChats = new ArrayList<>();
        private final StompSession[] visitorSessions;
        private final StompSession[] agentSessions;
        private final WebSocketStompClient stomp;
        private final ExecutorService subscribing = Executors.newFixedThreadPool(8);

        /** Per message (warm-up ones first, then the measured ones): arrivals and the first arrival's latency. */
        private final AtomicIntegerArray atAgent;

        private final AtomicIntegerArray atVisitor;
        private final AtomicLongArray agentNanos;
        private final AtomicLongArray visitorNanos;
        private final LongAdder agentFirst = new LongAdder();
        private final LongAdder visitorFirst = new LongAdder();
        private final LongAdder misrouted = new LongAdder();
        private final LongAdder refusals = new LongAdder();
        private final LongAdder errors = new LongAdder();
        private final LongAdder transportErrors = new LongAdder();
        private final LongAdder sendFailures = new LongAdder();
        private final LongAdder connectFailures = new LongAdder();
        private final AtomicReference<String> firstProblem = new AtomicReference<>();

        private Clients(List<String> plan) {
            String base = "";
            long tenant = 0;
            int rate = 0;
            int seconds = 0;
            int warmup = 0;
            List<Long> chats = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (String line : plan) {
                String[] words = line.split(" ", 3);
                switch (words[0]) {
                    case "base" -> base = words[1];
                    case "tenant" -> tenant = Long.parseLong(words[1]);
                    case "rate" -> rate = Integer.parseInt(words[1]);
                    case "seconds" -> seconds = Integer.parseInt(words[1]);
                    case "warmup" -> warmup = Integer.parseInt(words[1]);
                    case "visitor" -> {
                        chats.add(Long.parseLong(words[1]));
                        tokens.add(words[2]);
                    }
                    case "agent" -> {
                        agentChats.add(Arrays.stream(words[1].split(","))
                                .mapToLong(Long::parseLong)
                                .toArray());
                        agentCookies.add(words[2]);
                    }
                    default -> throw new IllegalArgumentException(line);
                }
            }
            this.socket = URI.create(base.replaceFirst("^http", "ws") + "/chat/socket");
            this.tenantId = tenant;
            this.rate = rate;
            this.seconds = seconds;
            this.warmup = Math.max(chats.size(), warmup);
            this.chatIds = chats.stream().mapToLong(Long::longValue).toArray();
            this.tokens = tokens.toArray(String[]::new);
            this.visitorSessions = new StompSession[chatIds.length];
            this.agentSessions = new StompSession[agentCookies.size()];
            int messages = this.warmup + rate * seconds;
            atAgent = new AtomicIntegerArray(messages);
            atVisitor = new AtomicIntegerArray(messages);
            agentNanos = new AtomicLongArray(messages);
            visitorNanos = new AtomicLongArray(messages);
            // one client for every connection: one Tomcat container, one converter; frames are read as text
            stomp = new WebSocketStompClient(new StandardWebSocketClient());
            stomp.setMessageConverter(new Text());
            stomp.setDefaultHeartbeat(new long[] {0, 0});
        }

        public static void main(String[] args) {
            int status = 1;
            try {
                Clients clients = new Clients(Files.readAllLines(Path.of(args[0])));
                BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                Properties figures = clients.run(commands);
                try (Writer out = Files.newBufferedWriter(Path.of(args[1]))) {
                    figures.store(out, "chat bench clients");
                }
                say("done");
                clients.close();
                status = 0;
            } catch (Exception | Error failed) {
                failed.printStackTrace(System.out);
            } finally {
                System.exit(status); // the connections' threads would keep the JVM alive
            }
        }

        private Properties run(BufferedReader commands) throws Exception {
            Properties figures = new Properties();
            long heapBefore = heapAfterGc();
            long opening = System.nanoTime();
            long unready = connectAll();
            figures.put("connect.seconds", decimal((System.nanoTime() - opening) / 1e9));
            figures.put("connect.parallel", String.valueOf(PARALLEL));
            figures.put("connect.failed", String.valueOf(connectFailures.sum()));
            figures.put("connect.unready", String.valueOf(unready));
            figures.put("client.heap.before", String.valueOf(heapBefore));
            figures.put("client.heap.connected", String.valueOf(heapAfterGc()));
            if (firstProblem.get() != null) {
                System.out.println("first problem while connecting: " + firstProblem.get());
            }
            say("connected");
            expect(commands, "go");

            int[] everyone = new int[chatIds.length];
            for (int v = 0; v < everyone.length; v++) {
                everyone[v] = v;
            }
            int[] ready = Arrays.stream(everyone)
                    .filter(v -> visitorSessions[v] != null)
                    .toArray();
            // the warm-up: every visitor in turn, at the bench's rate, at least once
            Pace warm = pace(0, warmup, ready);
            awaitArrivals(warmup, warmup, warm.end() + DRAIN_NANOS);
            figures.put("warmup.sent", String.valueOf(warmup));
            figures.put("warmup.agent", String.valueOf(agentFirst.sum()));
            figures.put("warmup.visitor", String.valueOf(visitorFirst.sum()));
            figures.put("probe.sent", String.valueOf(ready.length));
            figures.put("probe.agent", String.valueOf(firstArrivals(atAgent, ready.length)));
            figures.put("probe.visitor", String.valueOf(firstArrivals(atVisitor, ready.length)));
            say("probed");
            expect(commands, "go");

            // the visitors in a fixed random order, again and again: each writes once every visitors/rate seconds and
            // consecutive messages go to different agents
            List<Integer> shuffled = new ArrayList<>();
            for (int v : ready) {
                shuffled.add(v);
            }
            Collections.shuffle(shuffled, new Random(21));
            int[] order = shuffled.stream().mapToInt(Integer::intValue).toArray();
            int first = warmup;
            int total = rate * seconds;
            long agentBefore = agentFirst.sum();
            long visitorBefore = visitorFirst.sum();
            long cpuBefore = cpu();
            Pace load = pace(first, total, order);
            awaitArrivals(agentBefore + total, visitorBefore + total, load.end() + DRAIN_NANOS);
            figures.put("client.cpu.millis", decimal((cpu() - cpuBefore) / 1e6));
            figures.put("sent", String.valueOf(load.sent()));
            double sendSeconds = (load.end() - load.start()) / 1e9;
            figures.put("send.seconds", decimal(sendSeconds));
            figures.put("send.rate", decimal((load.sent() - 1) / Math.max(1e-9, sendSeconds)));
            figures.put("send.lag.max", decimal(load.lagMax() / 1e6));
            figures.put("send.lag.p99", decimal(load.lagP99() / 1e6));
            figures.put("send.failed", String.valueOf(sendFailures.sum()));
            latencies(figures, "agent", atAgent, agentNanos, first, total);
            latencies(figures, "visitor", atVisitor, visitorNanos, first, total);
            figures.put("misrouted", String.valueOf(misrouted.sum()));
            figures.put("refusals", String.valueOf(refusals.sum()));
            figures.put("errors", String.valueOf(errors.sum()));
            figures.put("transport.errors", String.valueOf(transportErrors.sum()));
            if (firstProblem.get() != null) {
                System.out.println("first problem: " + firstProblem.get());
            }
            return figures;
        }

        /** Connects every visitor and agent, at most {@link #PARALLEL} at once; how many were not ready in time. */
        private long connectAll() throws InterruptedException {
            Semaphore slots = new Semaphore(PARALLEL);
            CountDownLatch ready = new CountDownLatch(chatIds.length + agentSessions.length);
            for (int v = 0; v < chatIds.length; v++) {
                int visitor = v;
                long chatId = chatIds[v];
                StompHeaders connect = new StompHeaders();
                connect.add("visitor-token", tokens[v]);
                connect.add("accept-language", "en");
                take(slots);
                open(new WebSocketHttpHeaders(), connect, slots, ready, session -> {
                    visitorSessions[visitor] = session;
                    session.subscribe("/user/queue/errors", frames(this::refused));
                    session.subscribe("/topic/chat." + chatId, frames(json -> arrived(json, chatId, false)));
                    session.subscribe("/app/chat." + chatId + ".state", frames(once(slots, ready)));
                    session.subscribe("/app/chat." + chatId + ".since.0", frames(json -> {}));
                });
            }
            for (int a = 0; a < agentSessions.length; a++) {
                int agent = a;
                long[] chats = agentChats.get(a);
                WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
                handshake.add("Cookie", agentCookies.get(a));
                StompHeaders connect = new StompHeaders();
                connect.add("accept-language", "en");
                take(slots);
                open(handshake, connect, slots, ready, session -> {
                    agentSessions[agent] = session;
                    session.subscribe("/topic/chats." + tenantId, frames(json -> {}));
                    session.subscribe("/user/queue/errors", frames(this::refused));
                    for (long chatId : chats) {
                        session.subscribe("/topic/chat." + chatId, frames(json -> arrived(json, chatId, true)));
                    }
                    session.subscribe("/app/chat." + chats[chats.length - 1] + ".state", frames(once(slots, ready)));
                });
            }
            ready.await(15, TimeUnit.MINUTES);
            return ready.getCount();
        }

        /** A slot for the next connection; one whose subscription was never answered frees its slot after a minute. */
        private void take(Semaphore slots) throws InterruptedException {
            if (!slots.tryAcquire(60, TimeUnit.SECONDS)) {
                problem("a connection was not ready after a minute");
            }
        }

        private void open(
                WebSocketHttpHeaders handshake,
                StompHeaders connect,
                Semaphore slots,
                CountDownLatch ready,
                Consumer<StompSession> subscribe) {
            stomp.connectAsync(socket, handshake, connect, new Session())
                    .whenCompleteAsync(
                            (session, failure) -> {
                                if (failure != null) {
                                    problem("connect: " + failure);
                                    connectFailures.increment();
                                    slots.release();
                                    ready.countDown();
                                    return;
                                }
                                subscribe.accept(session);
                            },
                            subscribing);
        }

        /** A frame handler that releases the connection's slot once, on the first frame. */
        private static Consumer<String> once(Semaphore slots, CountDownLatch ready) {
            AtomicBoolean done = new AtomicBoolean();
            return json -> {
                if (done.compareAndSet(false, true)) {
                    slots.release();
                    ready.countDown();
                }
            };
        }

        private record Pace(int sent, long start, long end, long lagMax, long lagP99) {}

        /** Messages {@code first..first+count-1} at the bench's rate, from {@code order}'s visitors in turn. */
        private Pace pace(int first, int count, int[] order) {
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime() + 50_000_000L;
            long[] lags = new long[count];
            long last = start;
            for (int k = 0; k < count; k++) {
                long due = start + k * interval;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                lags[k] = System.nanoTime() - due;
                last = send(first + k, order[k % order.length]);
            }
            Arrays.sort(lags);
            return new Pace(
                    count,
                    start,
                    last,
                    count == 0 ? 0 : lags[count - 1],
                    count == 0 ? 0 : lags[Math.min(count - 1, count * 99 / 100)]);
        }

        /** Message {@code index} from {@code visitor}, its send time in its clientId (and its text); when it went. */
        private long send(int index, int visitor) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination("/app/chat." + chatIds[visitor]);
            headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
            long sent = System.nanoTime();
            String clientId = index + "-" + visitor + "-" + sent;
            try {
                visitorSessions[visitor].send(
                        headers,
                        "{\"clientId\":\"" + clientId + "\",\"body\":\"Bench message " + index + " sent at " + sent
                                + "\"}");
            } catch (RuntimeException failed) {
                problem("send: " + failed);
                sendFailures.increment();
            }
            return sent;
        }

        /** A stored line on a chat's destination: which message, whether it came to the right chat, how late. */
        private void arrived(String json, long subscribedChat, boolean agent) {
            long now = System.nanoTime();
            if (!json.contains("\"author\"")) {
                return; // the chat's state, its place in the queue, a typing notice
            }
            String clientId = text(json, "clientId");
            if (clientId == null) {
                return;
            }
            String[] parts = clientId.split("-");
            if (parts.length != 3) {
                return;
            }
            int index = Integer.parseInt(parts[0]);
            int visitor = Integer.parseInt(parts[1]);
            long sent = Long.parseLong(parts[2]);
            long chatId = Long.parseLong(number(json, "chatId"));
            if (chatId != subscribedChat || chatIds[visitor] != chatId) {
                misrouted.increment();
                return;
            }
            if ((agent ? atAgent : atVisitor).getAndIncrement(index) == 0) {
                (agent ? agentNanos : visitorNanos).set(index, now - sent);
                (agent ? agentFirst : visitorFirst).increment();
            }
        }

        private void refused(String json) {
            refusals.increment();
            problem("refused: " + json);
        }

        private static long firstArrivals(AtomicIntegerArray arrivals, int count) {
            long arrived = 0;
            for (int i = 0; i < count; i++) {
                arrived += arrivals.get(i) > 0 ? 1 : 0;
            }
            return arrived;
        }

        /** Waits until the agents and visitors have had this many first arrivals, or the deadline passes. */
        private void awaitArrivals(long agents, long visitors, long deadline) throws InterruptedException {
            while (System.nanoTime() < deadline && (agentFirst.sum() < agents || visitorFirst.sum() < visitors)) {
                Thread.sleep(20);
            }
        }

        private static void latencies(
                Properties figures,
                String side,
                AtomicIntegerArray arrivals,
                AtomicLongArray nanos,
                int first,
                int count) {
            List<Long> delivered = new ArrayList<>();
            long duplicates = 0;
            for (int i = first; i < first + count; i++) {
                int times = arrivals.get(i);
                if (times > 0) {
                    delivered.add(nanos.get(i));
                    duplicates += times - 1;
                }
            }
            Collections.sort(delivered);
            figures.put(side + ".delivered", String.valueOf(delivered.size()));
            figures.put(side + ".lost", String.valueOf(count - delivered.size()));
            figures.put(side + ".duplicates", String.valueOf(duplicates));
            figures.put(side + ".p50", millis(delivered, 500));
            figures.put(side + ".p90", millis(delivered, 900));
            figures.put(side + ".p99", millis(delivered, 990));
            figures.put(side + ".p999", millis(delivered, 999));
            figures.put(side + ".max", millis(delivered, 1000));
        }

        private static String millis(List<Long> sorted, int perMille) {
            if (sorted.isEmpty()) {
                return "NaN";
            }
            int at = Math.min(sorted.size() - 1, (int) ((long) sorted.size() * perMille / 1000));
            return decimal(sorted.get(at) / 1e6);
        }

        /** The string value of {@code "field":"…"} in a line the server wrote (no escapes in the bench's ids). */
        private static @Nullable String text(String json, String field) {
            String key = "\"" + field + "\":\"";
            int from = json.indexOf(key);
            if (from < 0) {
                return null;
            }
            from += key.length();
            return json.substring(from, json.indexOf('"', from));
        }

        private static String number(String json, String field) {
            String key = "\"" + field + "\":";
            int from = json.indexOf(key) + key.length();
            int to = from;
            while (to < json.length() && Character.isDigit(json.charAt(to))) {
                to++;
            }
            return json.substring(from, to);
        }

        private StompFrameHandler frames(Consumer<String> handler) {
            return new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return String.class;
                }

                @Override
                public void handleFrame(StompHeaders headers, @Nullable Object payload) {
                    handler.accept(payload == null ? "" : payload.toString());
                }
            };
        }

        /** A connection's own events: ERROR frames and lost connections are counted, the first one kept. */
        private final class Session extends StompSessionHandlerAdapter {

            @Override
            public Type getPayloadType(StompHeaders headers) {
                return String.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, @Nullable Object payload) {
                errors.increment();
                problem("ERROR frame: " + headers.getFirst("message"));
            }

            @Override
            public void handleException(
                    StompSession session,
                    @Nullable StompCommand command,
                    StompHeaders headers,
                    byte[] payload,
                    Throwable exception) {
                errors.increment();
                problem("handling " + command + ": " + exception);
            }

            @Override
            public void handleTransportError(StompSession session, Throwable exception) {
                transportErrors.increment();
                problem("transport: " + exception);
            }
        }

        private void problem(String what) {
            firstProblem.compareAndSet(null, what);
        }

        private void close() {
            for (StompSession session : visitorSessions) {
                disconnect(session);
            }
            for (StompSession session : agentSessions) {
                disconnect(session);
            }
            subscribing.shutdownNow();
            stomp.stop();
        }

        private static void disconnect(@Nullable StompSession session) {
            if (session != null && session.isConnected()) {
                try {
                    session.disconnect();
                } catch (RuntimeException gone) {
                    // the node closed it first
                }
            }
        }

        private static void expect(BufferedReader commands, String command) throws IOException {
            String line = commands.readLine();
            if (!command.equals(line)) {
                throw new IllegalStateException("expected " + command + ", got " + line);
            }
        }

        private static void say(String what) {
            System.out.println(SAY + what);
            System.out.flush();
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        private static long heapAfterGc() throws InterruptedException {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long heap = Long.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                System.gc();
                Thread.sleep(250);
                heap = Math.min(heap, memory.getHeapMemoryUsage().getUsed());
            }
            return heap;
        }

        private static String decimal(double value) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
    }

    /**
     * Frames as text both ways: the messages the clients send are JSON they wrote themselves, and what they receive
     * is read for a few fields, so no object mapping runs on the clients' side.
     */
    private static final class Text implements MessageConverter {

        @Override
        public @Nullable Object fromMessage(Message<?> message, Class<?> targetClass) {
            return message.getPayload() instanceof byte[] bytes
                    ? new String(bytes, StandardCharsets.UTF_8)
                    : message.getPayload().toString();
        }

        @Override
        public Message<?> toMessage(Object payload, @Nullable MessageHeaders headers) {
            byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
            return headers == null
                    ? MessageBuilder.withPayload(bytes).build()
                    : MessageBuilder.createMessage(bytes, headers);
        }
    }
}
