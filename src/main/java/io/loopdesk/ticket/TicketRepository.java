package io.loopdesk.ticket;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    /**
     * Number and title of a tenant's tickets in a category or below it ({@code root} is the category's top level;
     * {@code category} is the category itself, or {@code null} for a top level), registered since {@code since},
     * newest first. Native because Hibernate keeps no query plan for queries under the tenant filter (JPQL would be
     * translated to SQL again on every call), and it runs for every new ticket; whole tickets read to compare titles
     * cost more than the rest of routing.
     */
    @Query(value = """
                    select number, title from ticket
                    where tenant_id = ?1 and category_root = ?2 and (cast(?3 as varchar) is null or category = ?3)
                      and registered_at >= ?4
                    order by registered_at desc, id desc
                    limit ?5""", nativeQuery = true)
    List<TicketTitle> findRecentTitles(long tenantId, String root, @Nullable String category, Instant since, int limit);
}
