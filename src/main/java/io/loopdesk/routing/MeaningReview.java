package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.classify.Suggestion;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.meaning.SentenceEncoder;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the tickets the keyword rules and the learned classifier sent to review (待细化分类) for what they mean, and
 * places the ones whose meaning is clear: the ticket gets the category, leaves the review queue and goes to that
 * category's team like a reviewed ticket. The others stay for a reviewer, with the meaning's guess as the best guess
 * when it is the surer one.
 *
 * <p>It runs after the answer, in batches of {@value #BATCH} (the model costs about 3 ms a text, too much for the
 * request path of a 1,000-tickets/s intake), on one node at a time ({@link MeaningReviewTimer}). Each ticket is read
 * once. Its examples are the tenant's ({@link MeaningExamples}): the shipped sentences of the default categories
 * unless its admins wrote their own; a guess in a category the tenant does not have keeps the ticket in review. Off with {@code loopdesk.routing.meaning.enabled=false}.
 */
@Service
public class MeaningReview {

    private static final Logger log = LoggerFactory.getLogger(MeaningReview.class);

    static final int BATCH = 64;

    private record Unread(long id, long tenantId, String ticketNumber, String text) {}

    private final JdbcClient jdbc;
    private final ClassificationRecordRepository records;
    private final Categories categories;
    private final RoutingPolicies policies;
    private final Tickets tickets;
    private final TicketQueries queries;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MeaningExamples examples;
    private final boolean enabled;

    MeaningReview(
            JdbcClient jdbc,
            ClassificationRecordRepository records,
            Categories categories,
            RoutingPolicies policies,
            Tickets tickets,
            TicketQueries queries,
            PlatformTransactionManager transactionManager,
            Clock clock,
            MeaningExamples examples,
            @Value("${loopdesk.routing.meaning.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.records = records;
        this.categories = categories;
        this.policies = policies;
        this.tickets = tickets;
        this.queries = queries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.examples = examples;
        this.enabled = enabled;
    }

    /** Reads batches until none is left (or a batch comes back short); returns how many tickets it placed. */
    public int readAll() {
        if (!enabled) {
            return 0;
        }
        int placed = 0;
        List<Unread> batch;
        do {
            batch = unread();
            if (batch.isEmpty()) {
                break;
            }
            List<float[]> vectors = SentenceEncoder.shared()
                    .encode(batch.stream().map(Unread::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                placed += read(batch.get(i), vectors.get(i)) ? 1 : 0;
            }
        } while (batch.size() == BATCH);
        return placed;
    }

    private List<Unread> unread() {
        return TenantScope.asSystem(
                () -> jdbc.sql("""
                        select id, tenant_id, ticket_number, text from classification
                        where pending = true and meaning_read = false and method = 'AUTO'
                        order by id fetch first %d rows only""".formatted(BATCH)).query(Unread.class).list());
    }

    /** Reads one ticket's text; true if it placed the ticket. */
    private boolean read(Unread unread, float[] vector) {
        return TenantScope.inTenant(unread.tenantId(), () -> {
            double threshold = policies.rules(unread.tenantId()).confidenceThreshold();
            Optional<Suggestion> guess = examples.classifier(unread.tenantId())
                    .classify(vector, threshold)
                    .filter(s ->
                            categories.find(unread.tenantId(), s.categoryCode()).isPresent());
            try {
                return Boolean.TRUE.equals(transactions.execute(status -> place(unread, guess, threshold)));
            } catch (RuntimeException failed) {
                // the ticket changed under the review (merged, erased, edited at the same moment): it stays for a
                // reviewer, and is marked read so that it is not tried again every round, nor holds up the others
                log.warn("The meaning review could not place ticket {}", unread.ticketNumber(), failed);
                transactions.executeWithoutResult(
                        status -> jdbc.sql("update classification set meaning_read = true where id = ?")
                                .param(unread.id())
                                .update());
                return false;
            }
        });
    }

    private boolean place(Unread unread, Optional<Suggestion> guess, double threshold) {
        ClassificationRecord record = records.lockById(unread.id()).orElse(null);
        if (record == null || !record.isPending() || record.isMeaningRead()) {
            return false;
        }
        record.readByMeaning(
                guess.map(Suggestion::categoryCode).orElse(null),
                guess.map(Suggestion::confidence).orElse(0.0));
        if (guess.isEmpty() || guess.get().confidence() < threshold) {
            return false;
        }
        Actor system = Actor.system(unread.tenantId());
        TicketView ticket = queries.get(unread.ticketNumber(), system);
        if (!CategoryView.NEEDS_REFINEMENT.equals(ticket.category())) {
            record.settle(); // someone placed it meanwhile
            return false;
        }
        Suggestion placed = guess.get();
        record.settle();
        records.save(new ClassificationRecord(
                unread.tenantId(),
                unread.ticketNumber(),
                placed.categoryCode(),
                placed.categoryCode(),
                placed.confidence(),
                ClassificationRecord.Method.MEANING,
                unread.text(),
                null,
                clock.instant(),
                false));
        tickets.edit(unread.ticketNumber(), Classifications.categoryEdit(placed.categoryCode()), system);
        return true;
    }
}
