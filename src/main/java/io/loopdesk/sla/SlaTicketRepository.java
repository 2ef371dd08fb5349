package io.loopdesk.sla;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SlaTicketRepository extends JpaRepository<SlaTicket, Long> {

    Optional<SlaTicket> findByTicketNumber(String ticketNumber);

    /**
     * Starts tracking a ticket unless another transaction already did: two first events of a ticket (opened,
     * assigned) often arrive together, and a plain insert would fail one of them on the key.
     *
     * @return 1 if this call started it, 0 if it was tracked already
     */
    @Modifying
    @Query(
            value = "insert into sla_ticket (ticket_id, tenant_id, ticket_number, policy, tracked_since)"
                    + " values (:ticketId, :tenantId, :number, :policy, :now) on conflict do nothing",
            nativeQuery = true)
    int startTracking(long ticketId, long tenantId, String number, String policy, Instant now);
}
