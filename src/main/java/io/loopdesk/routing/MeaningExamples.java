package io.loopdesk.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loopdesk.identity.Actor;
import io.loopdesk.routing.classify.ExampleSentences;
import io.loopdesk.routing.classify.MeaningClassifier;
import io.loopdesk.routing.classify.TrainingExample;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.loopdesk.shared.meaning.NearestExamples;
import io.loopdesk.shared.meaning.SentenceEncoder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The example sentences the classification by meaning ({@link MeaningReview}) compares a ticket with: the shipped
 * ones of the default categories, or the tenant's own, which its admins edit as text ({@code category | sentence}
 * per line) for their own categories and wording; and, once it has enough of them, the tenant's reviewed tickets. A
 * tenant's classifier is built once (the examples encoded) and again when its examples change on any node or, at
 * most every {@link #RETRAIN}, when newer reviews exist.
 */
@Service
public class MeaningExamples {

    /** The longest examples text a tenant keeps (a few thousand sentences). */
    static final int MAX_CHARS = 200_000;

    private static final String CHANGED = "meaning-examples";

    /** Built on first use: the model loads once per JVM. */
    private static final class Shipped {
        static final MeaningClassifier CLASSIFIER =
                MeaningClassifier.of(ExampleSentences.defaults(), SentenceEncoder.shared());
    }

    private final JdbcClient jdbc;
    private final Categories categories;
    private final ClusterSignals signals;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Reviewed tickets a tenant's classifier learns from, the newest first. */
    static final int MAX_REVIEWED = 1_000;

    /**
     * How often a tenant's classifier is checked for newly reviewed tickets and, if there are, trained again: training
     * costs seconds of CPU, and a tenant's way of writing does not change by the minute.
     */
    static final Duration RETRAIN = Duration.ofHours(1);

    /** A tenant's classifier, the newest reviewed ticket it learned and when that was last checked. */
    private record Built(MeaningClassifier classifier, long learnedUpTo, Instant checkedAt) {}

    private final Cache<Long, Built> classifiers =
            Caffeine.newBuilder().maximumSize(1_000).build();
    private final ClassificationRecordRepository records;

    MeaningExamples(
            JdbcClient jdbc,
            Categories categories,
            ClusterSignals signals,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock,
            ClassificationRecordRepository records) {
        this.jdbc = jdbc;
        this.records = records;
        this.categories = categories;
        this.signals = signals;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        signals.subscribe(CHANGED, tenant -> classifiers.invalidate(Long.valueOf(tenant)));
    }

    /** The tenant's examples as text: its own if an admin saved some, else the shipped ones. */
    public String text(long tenantId) {
        return own(tenantId).orElseGet(ExampleSentences::defaultsText);
    }

    /** Whether the tenant uses examples of its own rather than the shipped ones. */
    public boolean customised(long tenantId) {
        return own(tenantId).isPresent();
    }

    /**
     * Replaces the tenant's examples; a line that is not {@code category | sentence} with one of the tenant's
     * categories is refused with its number, and nothing changes.
     */
    public void change(long tenantId, String text, Actor actor) {
        Categories.requireAdmin(tenantId, actor);
        if (text.length() > MAX_CHARS) {
            throw new RoutingRefusedException(
                    "examples",
                    "routing.examples.tooLong",
                    "Keep the examples under " + MAX_CHARS + " characters.",
                    MAX_CHARS);
        }
        Set<String> known =
                categories.of(tenantId).stream().map(CategoryView::code).collect(Collectors.toSet());
        List<TrainingExample> parsed;
        try {
            parsed = ExampleSentences.parse(text, code -> {
                if (!known.contains(code)) {
                    throw new IllegalArgumentException("no category " + code);
                }
            });
        } catch (NearestExamples.LineRefused refused) {
            throw new RoutingRefusedException(
                    "examples", "routing.examples.line", refused.getMessage(), refused.line(), refused.text());
        }
        if (parsed.isEmpty()) {
            throw new RoutingRefusedException(
                    "examples", "routing.examples.empty", "Give at least one example sentence.");
        }
        save(tenantId, text);
    }

    /**
     * How many of the tenant's tickets people have placed (reviewed, re-classified or solved in a category): the
     * classification by meaning learns from them once there are {@value MeaningClassifier#MIN_REVIEWED}.
     */
    public long reviewedTickets(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> records.ticketsDecided(tenantId, Classifications.TRAINING)));
    }

    /** Back to the shipped examples. */
    public void reset(long tenantId, Actor actor) {
        Categories.requireAdmin(tenantId, actor);
        save(tenantId, null);
    }

    /**
     * The classifier of the tenant's examples and, once there are {@value MeaningClassifier#MIN_REVIEWED}, its
     * reviewed tickets (the last {@value #MAX_REVIEWED}); trained again when reviews are newer than it and
     * {@link #RETRAIN} has passed. Call it off the request path: building costs seconds.
     */
    MeaningClassifier classifier(long tenantId) {
        Instant now = clock.instant();
        Built built = classifiers.getIfPresent(tenantId);
        if (built != null && built.checkedAt().plus(RETRAIN).isAfter(now)) {
            return built.classifier();
        }
        long newest = TenantScope.inTenant(
                tenantId, () -> transactions.execute(status -> records.newestOf(tenantId, Classifications.TRAINING)));
        Built fresh = built != null && built.learnedUpTo() == newest
                ? new Built(built.classifier(), newest, now)
                : new Built(build(tenantId), newest, now);
        classifiers.put(tenantId, fresh);
        return fresh.classifier();
    }

    private MeaningClassifier build(long tenantId) {
        List<TrainingExample> reviewed = reviewed(tenantId);
        Optional<String> own = own(tenantId);
        if (own.isEmpty() && reviewed.size() < MeaningClassifier.MIN_REVIEWED) {
            return Shipped.CLASSIFIER;
        }
        List<TrainingExample> examples = own.map(ExampleSentences::parse).orElseGet(ExampleSentences::defaults);
        return MeaningClassifier.learning(examples, reviewed, SentenceEncoder.shared());
    }

    /** The tenant's reviewed tickets, each once with its latest decision, in categories it still has. */
    private List<TrainingExample> reviewed(long tenantId) {
        Set<String> known =
                categories.of(tenantId).stream().map(CategoryView::code).collect(Collectors.toSet());
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> records
                        .findByTenantIdAndMethodInOrderByIdDesc(
                                tenantId, Classifications.TRAINING, Limit.of(MAX_REVIEWED))
                        .stream()
                        .filter(r -> known.contains(r.categoryCode())
                                && !CategoryView.NEEDS_REFINEMENT.equals(r.categoryCode()))
                        .collect(Collectors.toMap(
                                ClassificationRecord::ticketNumber,
                                r -> new TrainingExample(r.categoryCode(), r.text()),
                                (newer, older) -> newer,
                                LinkedHashMap::new))
                        .values()
                        .stream()
                        .toList()));
    }

    private Optional<String> own(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> jdbc.sql("select text from routing_meaning_examples where tenant_id = ?")
                        .param(tenantId)
                        .query(String.class)
                        .optional());
    }

    private void save(long tenantId, @Nullable String text) {
        TenantScope.inTenant(
                tenantId,
                () -> transactions.executeWithoutResult(status -> {
                    String before = text(tenantId);
                    jdbc.sql("delete from routing_meaning_examples where tenant_id = ?")
                            .param(tenantId)
                            .update();
                    if (text != null) {
                        jdbc.sql("insert into routing_meaning_examples (tenant_id, text, changed_at) values (?, ?, ?)")
                                .params(tenantId, text, Timestamp.from(clock.instant()))
                                .update();
                    }
                    events.publishEvent(new Audited(
                            tenantId,
                            "routing.examples.changed",
                            "meaning examples",
                            before,
                            text == null ? ExampleSentences.defaultsText() : text));
                    signals.signal(CHANGED, Long.toString(tenantId));
                }));
    }
}
