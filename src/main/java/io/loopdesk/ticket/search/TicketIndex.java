package io.loopdesk.ticket.search;

import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.loopdesk.shared.search.SearchRebuildRequested;
import io.loopdesk.ticket.Ticket;
import io.loopdesk.ticket.event.TicketEdited;
import io.loopdesk.ticket.event.TicketMerged;
import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.event.TicketProgressRecorded;
import io.loopdesk.ticket.message.TicketMessage;
import io.loopdesk.ticket.progress.ProgressRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every node's search index of tickets, messages and progress records equal to the database. Each node has its
 * own full index (embedded Lucene), so what is written on one node is indexed on all: the write signals it
 * ({@link ClusterSignals}, sent when it commits), and each node, the writer included, queues it; one worker per node
 * reads the queued rows again in batches and indexes them as they now are, so a storm of feedback costs one index
 * commit per batch rather than one per ticket, and a new message is searchable well within two seconds.
 *
 * <p>A node remembers, in its index directory, up to when it had indexed everything (its watermark). When it starts
 * it indexes what changed since then (all of it if it has no watermark or keeps its index in memory), and after a
 * gap in hearing other nodes it indexes what changed since its last quiet moment. An operator can have every node
 * rebuild everything ({@link SearchRebuildRequested}); rebuilding writes over documents in place, so searches keep
 * working while it runs.
 */
@Component
public class TicketIndex implements SmartLifecycle {

    static final String TOPIC = "ticket.text";
    private static final String EVERY_TENANT = "*";
    /** Writes take longer than their timestamps say (a long transaction commits later): caught up with a margin. */
    private static final Duration MARGIN = Duration.ofMinutes(2);

    private static final int BATCH = 500;
    private static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(TicketIndex.class);

    private enum Kind {
        TICKET(Ticket.class, "T"),
        MESSAGE(TicketMessage.class, "M"),
        PROGRESS(ProgressRecord.class, "P");

        final Class<?> type;
        final String code;

        Kind(Class<?> type, String code) {
            this.type = type;
            this.code = code;
        }

        static Kind of(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown document kind " + code);
        }
    }

    private record Pending(Kind kind, long tenantId, long id, int attempt) {}

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final ClusterSignals signals;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Watermark watermark;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private volatile @Nullable Thread worker;
    private volatile Instant caughtUpTo;
    private volatile boolean behind;
    /** Changes queued, and changes indexed or given up on, since the node started: what waiting for the index counts. */
    private final AtomicLong heard = new AtomicLong();

    private final AtomicLong done = new AtomicLong();
    private final AtomicInteger reindexings = new AtomicInteger();

    TicketIndex(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            ClusterSignals signals,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Watermark watermark,
            Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.signals = signals;
        this.jdbc = jdbc;
        this.watermark = watermark;
        this.clock = clock;
        this.caughtUpTo = clock.instant();
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactions.setReadOnly(true);
        signals.subscribe(TOPIC, this::received);
    }

    @EventListener
    void on(TicketOpened opened) {
        changed(Kind.TICKET, opened.tenantId(), opened.ticketId());
    }

    @EventListener
    void on(TicketEdited edited) {
        changed(Kind.TICKET, edited.tenantId(), edited.ticketId());
    }

    @EventListener
    void on(TicketMessageAdded added) {
        changed(Kind.MESSAGE, added.tenantId(), added.messageId());
    }

    /** The merged ticket's messages now belong to the other one, whose hits they must be. */
    @EventListener
    void on(TicketMerged merged) {
        changed(Kind.TICKET, merged.tenantId(), merged.sourceId());
        changed(Kind.TICKET, merged.tenantId(), merged.targetId());
        merged.movedMessageIds().forEach(id -> changed(Kind.MESSAGE, merged.tenantId(), id));
    }

    @EventListener
    void on(TicketProgressRecorded recorded) {
        if (recorded.progressId() > 0) {
            changed(Kind.PROGRESS, recorded.tenantId(), recorded.progressId());
        }
    }

    @EventListener
    void on(SearchRebuildRequested requested) {
        signals.signal(TOPIC, requested.tenantId() == null ? EVERY_TENANT : EVERY_TENANT + ':' + requested.tenantId());
    }

    /**
     * Waits, at most {@code timeout}, until every change this node has heard of so far is indexed (or given up on);
     * whether it was.
     */
    public boolean awaitIndexed(Duration timeout) throws InterruptedException {
        long target = heard.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (done) {
            while (done.get() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(done, left);
            }
        }
        return true;
    }

    /** Rebuilds this node's ticket index from the database and returns when done: for benchmarks and tools. */
    public void rebuildAndWait() {
        catchUp(null, false);
    }

    private void changed(Kind kind, long tenantId, long id) {
        signals.signal(TOPIC, kind.code + ':' + tenantId + ':' + id);
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        inBackground(() -> {
            Watermark.Mark mark = watermark.read();
            if (mark != null && highestTicket() < mark.highestTicket()) {
                // the database went back in time (a backup restored): documents of tickets it no longer has would
                // stay, and their ids will be given to new tickets
                log.info("The database holds fewer tickets than this node's index; rebuilding the index");
                catchUp(null, true);
            } else {
                catchUp(mark == null ? null : mark.upTo().minus(MARGIN), false);
            }
        });
    }

    private void received(String payload) {
        if (payload.equals(ClusterSignals.EVERYTHING)) {
            Instant since = caughtUpTo.minus(MARGIN);
            inBackground(() -> catchUp(since, false));
            return;
        }
        if (payload.equals(EVERY_TENANT)) {
            inBackground(() -> catchUp(null, false));
            return;
        }
        if (payload.startsWith(EVERY_TENANT + ':')) {
            long tenantId = Long.parseLong(payload.substring(2));
            inBackground(() -> rebuild(tenantId));
            return;
        }
        String[] parts = payload.split(":", 3);
        heard.incrementAndGet();
        queue.add(new Pending(Kind.of(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), 1));
    }

    private void work() {
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    quiet();
                    continue;
                }
                List<Pending> batch = new ArrayList<>(List.of(first));
                queue.drainTo(batch, BATCH - 1);
                batch.stream()
                        .collect(Collectors.groupingBy(Pending::tenantId, LinkedHashMap::new, Collectors.toList()))
                        .forEach(this::indexOrRetry);
                finished(batch.size());
                if (queue.isEmpty()) {
                    quiet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database away while noting the watermark: the worker keeps going, the watermark waits
                log.warn("The ticket index worker met a problem and goes on", e);
            }
        }
    }

    private void finished(int count) {
        synchronized (done) {
            done.addAndGet(count);
            done.notifyAll();
        }
    }

    /**
     * A catch-up or rebuild on a thread of its own. While one runs the watermark stays where it is: a node stopped
     * half-way through its first indexing must start it again, not from the moment it stopped.
     */
    private void inBackground(Runnable reindexing) {
        reindexings.incrementAndGet();
        Thread.ofVirtual().name("ticket-reindex").start(() -> {
            try {
                reindexing.run();
            } finally {
                reindexings.decrementAndGet();
            }
        });
    }

    /** Nothing waits: everything heard of before now is indexed, and a node starting later may begin from here. */
    private void quiet() {
        Instant now = clock.instant();
        if (!behind
                && reindexings.get() == 0
                && Duration.between(caughtUpTo, now).compareTo(Duration.ofSeconds(30)) >= 0) {
            caughtUpTo = now;
            watermark.write(new Watermark.Mark(now, highestTicket()));
        }
    }

    private void indexOrRetry(long tenantId, List<Pending> batch) {
        try {
            index(tenantId, batch);
            if (behind) {
                behind = false;
                Instant since = caughtUpTo.minus(MARGIN);
                inBackground(() -> catchUp(since, false));
            }
        } catch (RuntimeException e) {
            List<Pending> again = batch.stream()
                    .filter(p -> p.attempt() < ATTEMPTS)
                    .map(p -> new Pending(p.kind(), p.tenantId(), p.id(), p.attempt() + 1))
                    .toList();
            log.warn(
                    "Indexing {} change(s) of tenant {} failed ({}); {} queued again",
                    batch.size(),
                    tenantId,
                    e.getMessage(),
                    again.size());
            if (again.size() < batch.size()) {
                // given up on some: the watermark stays where it is until a catch-up has indexed them from the database
                behind = true;
            }
            heard.addAndGet(again.size());
            queue.addAll(again);
        }
    }

    private void index(long tenantId, List<Pending> batch) {
        TenantScope.inTenant(
                tenantId,
                () -> transactions.executeWithoutResult(tx -> {
                    SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                    for (Kind kind : Kind.values()) {
                        Set<Long> ids = batch.stream()
                                .filter(p -> p.kind() == kind)
                                .map(Pending::id)
                                .collect(Collectors.toSet());
                        if (!ids.isEmpty()) {
                            put(plan, kind, ids);
                        }
                    }
                    plan.execute();
                }));
    }

    private void put(SearchIndexingPlan plan, Kind kind, Set<Long> ids) {
        List<?> found = entityManager
                .createQuery("select e from " + kind.type.getSimpleName() + " e where e.id in :ids", kind.type)
                .setParameter("ids", ids)
                .getResultList();
        Map<Object, Object> byId = found.stream()
                .collect(Collectors.toMap(
                        e -> entityManagerFactory.getPersistenceUnitUtil().getIdentifier(e), Function.identity()));
        for (Long id : ids) {
            Object entity = byId.get(id);
            if (entity == null) {
                plan.purge(kind.type, id, null);
            } else {
                plan.addOrUpdate(entity);
            }
        }
    }

    /** Indexes everything of one tenant again; the watermark stays, it speaks for every tenant. */
    private void rebuild(long tenantId) {
        try {
            long started = System.nanoTime();
            massIndexer(Set.<Object>of(tenantId), false).startAndWait();
            log.info("Indexed the tickets of tenant {} in {} ms", tenantId, (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Indexing the tickets of tenant {} failed", tenantId, e);
        }
    }

    private MassIndexer massIndexer(Set<Object> tenants, boolean purge) {
        return Search.mapping(entityManagerFactory)
                .scope(List.of(Ticket.class, TicketMessage.class, ProgressRecord.class))
                .massIndexer(tenants)
                .purgeAllOnStart(purge)
                .dropAndCreateSchemaOnStart(false)
                .typesToIndexInParallel(3)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200);
    }

    /**
     * Indexes, for every tenant, what changed since {@code since}, or everything when it is null; then remembers the
     * moment it began as the node's watermark.
     */
    private void catchUp(@Nullable Instant since, boolean purge) {
        Instant began = clock.instant();
        long highest = highestTicket();
        // a tenant is indexed on its own (its documents carry it), so only those with changes take part
        List<Long> changed = since == null
                ? jdbc.sql("select distinct tenant_id from ticket")
                        .query(Long.class)
                        .list()
                : jdbc.sql("select distinct tenant_id from ticket where updated_at >= ?")
                        .param(java.sql.Timestamp.from(since))
                        .query(Long.class)
                        .list();
        Set<Object> tenants = new HashSet<>(changed);
        if (tenants.isEmpty()) {
            watermark.write(new Watermark.Mark(began, highest));
            return;
        }
        try {
            long started = System.nanoTime();
            MassIndexer indexer = massIndexer(tenants, purge);
            if (since != null) {
                indexer.type(Ticket.class).reindexOnly("e.updatedAt >= :since").param("since", since);
                // messages moved by a merge are old ones of a ticket that changed
                indexer.type(TicketMessage.class)
                        .reindexOnly("e.createdAt >= :since or e.ticketId in"
                                + " (select t.id from Ticket t where t.updatedAt >= :since)")
                        .param("since", since);
                indexer.type(ProgressRecord.class)
                        .reindexOnly("e.createdAt >= :since")
                        .param("since", since);
            }
            indexer.startAndWait();
            caughtUpTo = began;
            watermark.write(new Watermark.Mark(began, highest));
            log.info(
                    "Indexed the tickets of {} tenant(s) {} in {} ms",
                    tenants.size(),
                    since == null ? "in full" : "changed since " + since,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Indexing the tickets failed; the text search may miss changes until the next rebuild", e);
        }
    }

    private long highestTicket() {
        return jdbc.sql("select coalesce(max(id), 0) from ticket")
                .query(Long.class)
                .single();
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofVirtual().name("ticket-index").start(this::work);
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
