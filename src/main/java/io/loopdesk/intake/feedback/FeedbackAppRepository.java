package io.loopdesk.intake.feedback;

import io.loopdesk.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackAppRepository extends JpaRepository<FeedbackApp, Long> {

    Optional<FeedbackApp> findByKeyHash(String keyHash);

    List<FeedbackApp> findAllByOrderByNameAscIdAsc();

    /** Last use, written at most once a minute and without the version: parallel submissions never conflict. */
    @Modifying
    @Query("update FeedbackApp a set a.lastUsedAt = :now where a.id = :id"
            + " and (a.lastUsedAt is null or a.lastUsedAt < :before)")
    int markUsed(long id, Instant now, Instant before);

    /** The app {@code appId} in the current tenant, or a "not found" refusal. */
    default FeedbackApp existing(long appId) {
        return findById(appId)
                .orElseThrow(() -> new FeedbackAppException(
                        DomainException.Kind.NOT_FOUND,
                        "error.feedback-app.unknown",
                        "No app " + appId + ".",
                        String.valueOf(appId)));
    }
}
