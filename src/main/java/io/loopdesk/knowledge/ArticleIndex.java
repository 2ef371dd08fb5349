package io.loopdesk.knowledge;

import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.loopdesk.shared.search.SearchRebuildRequested;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every node's search index of articles equal to the database. Each node has its own full index (embedded
 * Lucene), so an article written on one node is indexed on all: the write signals it ({@link ClusterSignals}, sent
 * when the write commits) and each node, the writer included, reads the article again and indexes it as it now is.
 * A node reindexes everything when it starts and whenever it may have missed signals (its listening connection was
 * lost), and on request ({@link #rebuild(long)}); reindexing writes over the documents in place, so searches keep
 * working while it runs.
 */
@Component
class ArticleIndex {

    static final String TOPIC = "kb.article";
    private static final String ALL = "*";
    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final ClusterSignals signals;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ArticleIndex(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            ClusterSignals signals,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.signals = signals;
        this.jdbc = jdbc;
        // an article is indexed right after its own transaction commits, in a transaction of its own
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        signals.subscribe(TOPIC, this::received);
    }

    /** Has every node index article {@code id} of {@code tenantId} as it is once the current transaction commits. */
    void changed(long tenantId, long id) {
        signals.signal(TOPIC, tenantId + ":" + id);
    }

    /** Has every node reindex all articles of {@code tenantId}. */
    void rebuild(long tenantId) {
        signals.signal(TOPIC, tenantId + ":" + ALL);
    }

    /** An operator's rebuild of every index: every node reindexes all articles. */
    @EventListener
    void on(SearchRebuildRequested requested) {
        if (requested.tenantId() == null) {
            signals.signal(TOPIC, ClusterSignals.EVERYTHING);
        } else {
            rebuild(requested.tenantId());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        Thread.ofVirtual().name("kb-reindex").start(() -> reindex(tenants()));
    }

    private void received(String payload) {
        if (payload.equals(ClusterSignals.EVERYTHING)) {
            Thread.ofVirtual().name("kb-reindex").start(() -> reindex(tenants()));
            return;
        }
        String[] parts = payload.split(":", 2);
        long tenantId = Long.parseLong(parts[0]);
        if (parts[1].equals(ALL)) {
            reindex(Set.of(tenantId));
        } else {
            index(tenantId, Long.parseLong(parts[1]));
        }
    }

    private void index(long tenantId, long id) {
        TenantScope.inTenant(
                tenantId,
                () -> transactions.executeWithoutResult(tx -> {
                    SearchSession search = Search.session(entityManager);
                    Article article = entityManager.find(Article.class, id);
                    if (article == null) {
                        search.indexingPlan().purge(Article.class, id, null);
                    } else {
                        search.indexingPlan().addOrUpdate(article);
                    }
                    search.indexingPlan().execute();
                }));
    }

    private void reindex(Set<Long> tenantIds) {
        if (tenantIds.isEmpty()) {
            return;
        }
        try {
            long started = System.nanoTime();
            Search.mapping(entityManagerFactory)
                    .scope(Article.class)
                    .massIndexer(new HashSet<Object>(tenantIds))
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    // an article has no associations to fetch: big batches and a second loader keep both cores on
                    // segmenting words rather than waiting for rows (the defaults load ten at a time)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .startAndWait();
            log.info(
                    "Reindexed the articles of {} tenant(s) in {} ms",
                    tenantIds.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Reindexing the articles failed; searches may miss changes until the next rebuild", e);
        }
    }

    private Set<Long> tenants() {
        List<Long> ids = jdbc.sql("select distinct tenant_id from kb_article")
                .query(Long.class)
                .list();
        return Set.copyOf(ids);
    }
}
