package io.loopdesk.routing.incident;

import io.loopdesk.routing.SurgeKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurgeRecordRepository extends JpaRepository<SurgeRecord, Long> {

    Optional<SurgeRecord> findByKindAndKeyAndOngoingTrue(SurgeKind kind, String key);

    /** The latest surges of a category or product, newest first: the incident a new one may join. */
    List<SurgeRecord> findByKindAndKeyOrderByDetectedAtDesc(SurgeKind kind, String key, Limit limit);

    /** Whether a subcategory ({@code prefix} is the top level and a dot) has a surge seen since {@code since}. */
    boolean existsByKindAndKeyStartingWithAndOngoingTrueAndLastSeenAtGreaterThanEqual(
            SurgeKind kind, String prefix, Instant since);

    List<SurgeRecord> findByDetectedAtGreaterThanEqualOrderByDetectedAtDescIdDesc(Instant since, Limit limit);

    List<SurgeRecord> findByIncidentIdOrderByDetectedAt(long incidentId);
}
