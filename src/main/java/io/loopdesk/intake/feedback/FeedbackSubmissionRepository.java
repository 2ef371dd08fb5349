package io.loopdesk.intake.feedback;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackSubmissionRepository extends JpaRepository<FeedbackSubmission, Long> {

    Optional<FeedbackSubmission> findByAppIdAndIdempotencyKey(long appId, String idempotencyKey);

    /** An app user's submissions that made a ticket, newest first. */
    List<FeedbackSubmission> findByAppIdAndUserIdAndTicketNumberNotNullOrderByCreatedAtDescIdDesc(
            long appId, String userId, Limit limit);

    boolean existsByAppIdAndUserIdAndTicketNumber(long appId, String userId, String ticketNumber);

    /** Who is told of a ticket's changes: the app that submitted it, if it has a webhook and is not revoked. */
    @Query("select new io.loopdesk.intake.feedback.FeedbackSubmissionRepository$AppUser(s.appId, s.userId)"
            + " from FeedbackSubmission s, FeedbackApp a where a.id = s.appId and s.tenantId = :tenantId"
            + " and s.ticketNumber = :ticketNumber and a.webhookUrl is not null and a.revokedAt is null")
    List<AppUser> webhookSubscribers(long tenantId, String ticketNumber);

    /** An app and the user of it who submitted a ticket. */
    record AppUser(long appId, @Nullable String userId) {}
}
