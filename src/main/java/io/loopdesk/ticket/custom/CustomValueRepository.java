package io.loopdesk.ticket.custom;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomValueRepository extends JpaRepository<CustomValue, Long> {

    List<CustomValue> findByTicketIdOrderByIdAsc(long ticketId);

    @Modifying
    @Query("delete from CustomValue v where v.ticketId = :ticketId and v.fieldId = :fieldId")
    int clear(long ticketId, long fieldId);
}
