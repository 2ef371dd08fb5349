package io.loopdesk.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRecordRepository extends JpaRepository<ComplaintRecord, Long> {

    List<ComplaintRecord> findByTicketNumberOrderByDetectedAt(String ticketNumber);

    boolean existsByTicketNumberAndSignal(String ticketNumber, ComplaintSignal signal);
}
