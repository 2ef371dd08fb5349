package io.loopdesk.ticket;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    /**
     * The ticket with this number in any tenant; the caller checks the tenant ({@link TicketAccess#visible}). Native
     * because this is the lookup behind nearly every ticket operation and Hibernate keeps no query plan for queries
     * under the tenant filter: a JPQL or derived query would be translated to SQL again on every call.
     */
    @Query(value = "select * from ticket where number = ?1", nativeQuery = true)
    Optional<Ticket> findInAnyTenantByNumber(String number);
}
