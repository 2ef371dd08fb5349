package io.loopdesk.intake.feedback;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.IntakeProperties;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.Upload;
import io.loopdesk.ticket.value.Channel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an app's submission into a ticket of channel APP, with its files, exactly once per idempotency key.
 *
 * <p>The submission row (app, key) is written in the same transaction as the ticket, which feedback without files
 * shares with the other tickets registered at the same moment (group commit): the database's unique constraint
 * lets only one of two racing twins commit. The other fails on the constraint (PostgreSQL makes it wait for the
 * first to commit), its ticket with it, then finds the winner's row and answers with its ticket. A key reused for
 * different feedback is refused, and nothing is stored.
 */
@Service
public class FeedbackIntake {

    private final FeedbackSubmissionRepository submissions;
    private final Attachments attachments;
    private final TransactionTemplate transactions;
    private final IntakeProperties properties;
    private final Clock clock;

    FeedbackIntake(
            FeedbackSubmissionRepository submissions,
            Attachments attachments,
            PlatformTransactionManager transactionManager,
            IntakeProperties properties,
            Clock clock) {
        this.submissions = submissions;
        this.attachments = attachments;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the client's key for this feedback, or {@code null} (then every call makes a ticket)
     * @throws IdempotencyKeyReusedException when the key was used for different feedback
     */
    public FeedbackReceipt submit(
            AppIdentity app, @Nullable String idempotencyKey, Feedback feedback, List<Upload> files) {
        String key = IdempotencyKeys.check(idempotencyKey);
        FeedbackTicket.checkRequired(feedback);
        String hash = RequestFingerprint.of(feedback, files);
        return TenantScope.inTenant(app.tenantId(), () -> {
            if (key != null) {
                Optional<FeedbackReceipt> earlier = earlier(app, key, hash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            try {
                return store(app, key, hash, feedback, files);
            } catch (DataAccessException twinWon) {
                if (key == null) {
                    throw twinWon;
                }
                return awaitTwin(app, key, hash).orElseThrow(() -> twinWon);
            }
        });
    }

    private FeedbackReceipt store(
            AppIdentity app, @Nullable String key, String hash, Feedback feedback, List<Upload> files) {
        Instant now = clock.instant();
        // the submission row commits with its ticket, in the transaction the ticket shares with others registered
        // at the same moment; a twin that committed first makes this one's commit fail on the unique key
        return attachments.openWith(
                app.tenantId(),
                Channel.APP,
                FeedbackTicket.of(app, feedback),
                FeedbackTicket.described(files, feedback.attachmentDescriptions()),
                actorOf(app),
                ticket -> {
                    FeedbackSubmission submission = new FeedbackSubmission(
                            app.tenantId(),
                            app.appId(),
                            feedback.userId() == null ? null : feedback.userId().strip(),
                            key,
                            hash,
                            now);
                    submission.ticketOpened(ticket.number());
                    submissions.save(submission);
                    return new FeedbackReceipt(ticket.number(), false);
                });
    }

    /** The answer of an earlier submission with this key, if one committed. */
    private Optional<FeedbackReceipt> earlier(AppIdentity app, String key, String hash) {
        return transactions.execute(status -> submissions
                .findByAppIdAndIdempotencyKey(app.appId(), key)
                .filter(found -> found.ticketNumber() != null)
                .map(found -> {
                    if (!found.requestHash().equals(hash)) {
                        throw new IdempotencyKeyReusedException(found.ticketNumber());
                    }
                    return new FeedbackReceipt(found.ticketNumber(), true);
                }));
    }

    /** A twin holds the key; waits (briefly) until its ticket is committed and answers with it. */
    private Optional<FeedbackReceipt> awaitTwin(AppIdentity app, String key, String hash) {
        Instant giveUp = Instant.now().plus(properties.idempotencyWait());
        while (true) {
            Optional<FeedbackReceipt> twin = earlier(app, key, hash);
            if (twin.isPresent() || Instant.now().isAfter(giveUp)) {
                return twin;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The app acts as itself, a system actor with its name: the history shows which app sent the feedback. */
    private static Actor actorOf(AppIdentity app) {
        return new Actor(null, app.tenantId(), "app-" + app.appId(), app.name(), Set.of());
    }
}
