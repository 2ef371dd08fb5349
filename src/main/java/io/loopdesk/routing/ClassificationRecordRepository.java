package io.loopdesk.routing;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClassificationRecordRepository extends JpaRepository<ClassificationRecord, Long> {

    /** The record, locked until the transaction ends: the meaning review and a reviewer never both place a ticket. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ClassificationRecord c where c.id = :id")
    Optional<ClassificationRecord> lockById(long id);

    List<ClassificationRecord> findByTenantIdAndPendingTrueOrderByDecidedAtAsc(long tenantId, Limit limit);

    List<ClassificationRecord> findByTenantIdAndTicketNumberAndPendingTrue(long tenantId, String ticketNumber);

    List<ClassificationRecord> findByTenantIdAndMethodInOrderByIdDesc(
            long tenantId, Collection<ClassificationRecord.Method> methods, Limit limit);

    @Query(
            "select coalesce(max(c.id), 0) from ClassificationRecord c where c.tenantId = :tenantId and c.method in :methods")
    long newestOf(long tenantId, Collection<ClassificationRecord.Method> methods);

    @Query(
            "select count(distinct c.ticketNumber) from ClassificationRecord c where c.tenantId = :tenantId and c.method in :methods")
    long ticketsDecided(long tenantId, Collection<ClassificationRecord.Method> methods);

    boolean existsByTenantIdAndTicketNumberAndMethodIn(
            long tenantId, String ticketNumber, Collection<ClassificationRecord.Method> methods);
}
