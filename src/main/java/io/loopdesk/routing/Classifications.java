package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.routing.classify.Classification;
import io.loopdesk.routing.classify.Classifier;
import io.loopdesk.routing.classify.DefaultRules;
import io.loopdesk.routing.classify.KeywordClassifier;
import io.loopdesk.routing.classify.KeywordRule;
import io.loopdesk.routing.classify.LearnedClassifier;
import io.loopdesk.routing.classify.RuleFile;
import io.loopdesk.routing.classify.TextAnalyzer;
import io.loopdesk.routing.classify.TrainingExample;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.loopdesk.ticket.TicketEdit;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places tickets in categories: the tenant's keyword rules first, then a classifier learned from the tenant's own
 * confirmed tickets. Below the tenant's confidence threshold a ticket goes to "needs refinement" for a reviewer,
 * whose decision is recorded and becomes training data. Each node keeps a trained model per tenant and retrains
 * when new decisions exist (checked at most every {@link #FRESHNESS}, so every node
 * converges on the newest decisions without a timer of its own) and on demand.
 */
@Service
public class Classifications {

    static final Set<ClassificationRecord.Method> TRAINING = EnumSet.of(
            ClassificationRecord.Method.REVIEW,
            ClassificationRecord.Method.MANUAL,
            ClassificationRecord.Method.CONFIRMED);
    static final int MAX_TRAINING = 5_000;
    static final Duration FRESHNESS = Duration.ofMinutes(5);

    /** A tenant's trained classifier and the newest decision it learned from. */
    private record Model(Classifier classifier, long trainedUpTo, Instant checkedAt, int examples) {}

    private static final String KEYWORD_RULES_CHANGED = "keyword-rules";

    private final ApplicationEventPublisher events;
    private final ClassificationRecordRepository records;
    private final KeywordRuleRepository rules;
    private final Categories categories;
    private final RoutingPolicies policies;
    private final Tickets tickets;
    private final TicketQueries queries;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final Map<Long, Model> models = new ConcurrentHashMap<>();
    private final ClusterSignals signals;

    Classifications(
            ClusterSignals signals,
            ApplicationEventPublisher events,
            ClassificationRecordRepository records,
            KeywordRuleRepository rules,
            Categories categories,
            RoutingPolicies policies,
            Tickets tickets,
            TicketQueries queries,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.signals = signals;
        // a tenant's keyword rules changed on some node: every node builds its model anew
        signals.subscribe(KEYWORD_RULES_CHANGED, tenant -> models.remove(Long.valueOf(tenant)));
        this.events = events;
        this.records = records;
        this.rules = rules;
        this.categories = categories;
        this.policies = policies;
        this.tickets = tickets;
        this.queries = queries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What the classifier makes of a text in this tenant, before any threshold is applied. */
    public Classification classify(long tenantId, String text) {
        return model(tenantId)
                .classifier()
                .classify(text, policies.rules(tenantId).confidenceThreshold());
    }

    /**
     * Records what {@link #classify} made of a new ticket's text (pending a reviewer when unsure), inside the opening
     * transaction.
     */
    void recordNew(long tenantId, String number, String text, Classification result) {
        String guess = result.bestGuess() == null ? null : result.bestGuess().categoryCode();
        transactions.executeWithoutResult(status -> records.save(new ClassificationRecord(
                tenantId,
                number,
                result.categoryCode(),
                guess,
                result.confidence(),
                ClassificationRecord.Method.AUTO,
                text,
                null,
                clock.instant(),
                result.needsRefinement())));
    }

    /** Tickets waiting for a reviewer, oldest first. */
    public List<ReviewItem> pending(Actor actor) {
        return TenantScope.of(
                actor,
                () -> transactions.execute(status ->
                        records
                                .findByTenantIdAndPendingTrueOrderByDecidedAtAsc(actor.tenantId(), Limit.of(200))
                                .stream()
                                .map(ClassificationRecord::review)
                                .toList()));
    }

    /**
     * A reviewer (or an agent) decides a ticket's category: the ticket gets it, its pending refinement is settled,
     * and the decision becomes training data.
     */
    public void decide(String number, String categoryCode, Actor actor) {
        if (!actor.hasAny(Role.HANDLERS)) {
            throw new RoutingRefusedException(
                    DomainException.Kind.FORBIDDEN, "error.routing.forbidden.classify", "Only staff classify tickets.");
        }
        TicketView ticket = queries.get(number, actor);
        if (categoryCode.equals(CategoryView.NEEDS_REFINEMENT)
                || categories.find(ticket.tenantId(), categoryCode).isEmpty()) {
            throw new RoutingRefusedException(
                    "category", "routing.category.unknown", "Choose one of the tenant's categories.");
        }
        TenantScope.of(
                actor,
                () -> transactions.executeWithoutResult(status -> {
                    tickets.edit(number, categoryEdit(categoryCode), actor);
                    learn(ticket, categoryCode, ClassificationRecord.Method.REVIEW, actor.userId());
                }));
    }

    /** Records a person's or a solved ticket's category as training data (routing's listeners call this). */
    void learn(TicketView ticket, String categoryCode, ClassificationRecord.Method method, @Nullable Long by) {
        if (categoryCode.equals(CategoryView.NEEDS_REFINEMENT)) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            records.findByTenantIdAndTicketNumberAndPendingTrue(ticket.tenantId(), ticket.number())
                    .forEach(ClassificationRecord::settle);
            if (method == ClassificationRecord.Method.CONFIRMED
                    && records.existsByTenantIdAndTicketNumberAndMethodIn(
                            ticket.tenantId(), ticket.number(), TRAINING)) {
                return;
            }
            records.save(new ClassificationRecord(
                    ticket.tenantId(),
                    ticket.number(),
                    categoryCode,
                    null,
                    1.0,
                    method,
                    textOf(ticket),
                    by,
                    clock.instant(),
                    false));
        });
    }

    /** The tenant's keyword rules as an editable text ({@code category | weight | phrase} lines). */
    public String rulesText(long tenantId) {
        return RuleFile.format(keywordRules(tenantId));
    }

    /** Replaces the tenant's keyword rules; a bad line is reported with its number and nothing changes. */
    public void changeRules(long tenantId, String text, Actor actor) {
        Categories.requireAdmin(tenantId, actor);
        List<KeywordRule> parsed;
        try {
            parsed = RuleFile.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RoutingRefusedException("rules", "routing.rules.syntax", e.getMessage());
        }
        Set<String> known =
                categories.of(tenantId).stream().map(CategoryView::code).collect(java.util.stream.Collectors.toSet());
        parsed.stream()
                .filter(r -> !known.contains(r.categoryCode()))
                .findFirst()
                .ifPresent(r -> {
                    throw new RoutingRefusedException(
                            "rules",
                            "routing.rules.category",
                            "The rules name a category the tenant does not have: " + r.categoryCode(),
                            r.categoryCode());
                });
        TenantScope.inTenant(
                tenantId,
                () -> transactions.executeWithoutResult(status -> {
                    String before = rulesText(tenantId);
                    events.publishEvent(new Audited(
                            tenantId, "routing.keywords.changed", "keyword rules", before, RuleFile.format(parsed)));
                    rules.deleteAllOf(tenantId);
                    parsed.forEach(rule -> rules.save(new KeywordRuleRow(tenantId, rule)));
                    signals.signal(KEYWORD_RULES_CHANGED, Long.toString(tenantId));
                }));
    }

    /** Retrains the tenant's model now; returns how many examples it learned from. */
    public int retrain(long tenantId) {
        models.remove(tenantId);
        return model(tenantId).examples();
    }

    private Model model(long tenantId) {
        Model current = models.get(tenantId);
        Instant now = clock.instant();
        if (current != null && current.checkedAt().plus(FRESHNESS).isAfter(now)) {
            return current;
        }
        long newest = TenantScope.inTenant(
                tenantId, () -> transactions.execute(status -> records.newestOf(tenantId, TRAINING)));
        if (current != null && current.trainedUpTo() == newest) {
            Model checked = new Model(current.classifier(), newest, now, current.examples());
            models.put(tenantId, checked);
            return checked;
        }
        List<TrainingExample> examples = TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status ->
                        records
                                .findByTenantIdAndMethodInOrderByIdDesc(tenantId, TRAINING, Limit.of(MAX_TRAINING))
                                .stream()
                                .map(r -> new TrainingExample(r.categoryCode(), r.text()))
                                .toList()));
        Classifier classifier = new Classifier(
                new KeywordClassifier(keywordRules(tenantId), analyzer),
                LearnedClassifier.train(examples, LearnedClassifier.Algorithm.NEAREST_NEIGHBOURS, analyzer));
        Model trained = new Model(classifier, newest, now, examples.size());
        models.put(tenantId, trained);
        return trained;
    }

    private List<KeywordRule> keywordRules(long tenantId) {
        List<KeywordRule> own = TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> rules.findByTenantIdOrderById(tenantId).stream()
                        .map(KeywordRuleRow::rule)
                        .toList()));
        return own.isEmpty() ? DefaultRules.rules() : own;
    }

    static TicketEdit categoryEdit(String code) {
        return new TicketEdit(
                null, null, null, null, null, null, null, code, null, null, null, null, null, null, null, null, null);
    }

    static String textOf(TicketView ticket) {
        return ticket.title() + "\n" + ticket.description();
    }
}
