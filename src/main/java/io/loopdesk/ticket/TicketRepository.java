package io.loopdesk.ticket;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    /**
     * Number and title of a tenant's tickets in a category or below it ({@code categoryPrefix} is the escaped code
     * followed by {@code .%}), registered since {@code since}, newest first. Native because Hibernate keeps no
     * query plan for queries under the tenant filter (JPQL would be translated to SQL again on every call), and it
     * runs for every new ticket; whole tickets read to compare titles cost more than the rest of routing.
     */
    @Query(value = """
                    select number, title from ticket
                    where tenant_id = ?1 and (category = ?2 or category like ?3 escape '\\') and registered_at >= ?4
                    order by registered_at desc, id desc
                    limit ?5""", nativeQuery = true)
    List<TicketTitle> findRecentTitles(long tenantId, String category, String categoryPrefix, Instant since, int limit);
}
