package io.loopdesk.sla.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRecordRepository extends JpaRepository<ComplaintRecord, Long> {

    List<ComplaintRecord> findByTicketNumberOrderByDetectedAt(String ticketNumber);

    boolean existsByTicketNumberAndSignal(String ticketNumber, ComplaintSignal signal);
}
