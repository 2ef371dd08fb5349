package io.loopdesk.ticket;

import io.loopdesk.ticket.view.TicketTitle;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
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

    /**
     * How many of a tenant's tickets in a category or below it ({@code root} and {@code category} as for
     * {@link #findRecentTitles}) were registered in {@code [from, to)}, counting no further than {@code cap}; the
     * indexes that end in the registration time give the range without reading a ticket.
     */
    @Query(value = """
                    select count(*) from (select 1 from ticket
                      where tenant_id = ?1 and category_root = ?2 and (cast(?3 as varchar) is null or category = ?3)
                        and registered_at >= ?4 and registered_at < ?5
                      limit ?6) counted""", nativeQuery = true)
    long countInCategory(long tenantId, String root, @Nullable String category, Instant from, Instant to, long cap);

    /** As {@link #countInCategory}, for the tickets naming {@code product}. */
    @Query(value = """
                    select count(*) from (select 1 from ticket
                      where tenant_id = ?1 and product = ?2 and registered_at >= ?3 and registered_at < ?4
                      limit ?5) counted""", nativeQuery = true)
    long countOfProduct(long tenantId, String product, Instant from, Instant to, long cap);

    /** Numbers of a tenant's tickets naming {@code product}, registered since {@code since}, newest first. */
    @Query(value = """
                    select number from ticket
                    where tenant_id = ?1 and product = ?2 and registered_at >= ?3
                    order by registered_at desc, id desc
                    limit ?4""", nativeQuery = true)
    List<String> findRecentOfProduct(long tenantId, String product, Instant since, int limit);

    /** The ids of a customer's own tickets, to which their text search is confined. */
    @Query("select t.id from Ticket t where t.requesterId = :requesterId")
    List<Long> findIdsOfRequester(long requesterId);

    /**
     * The newest tickets whose contact fields (lower-cased, one column with a trigram index on PostgreSQL) hold
     * {@code pattern}, or whose number is {@code number}; a customer's own only when {@code requesterId} is given.
     */
    @Query("select t.id from Ticket t where (t.contactText like :pattern escape '\\' or t.number = :number)"
            + " and (:requesterId is null or t.requesterId = :requesterId) order by t.id desc")
    List<Long> findIdsByContactText(String pattern, String number, @Nullable Long requesterId, Limit limit);

    /**
     * The newest tickets whose customer or contact person is named exactly {@code text}, or whose number it is: the
     * contact look-up for a text too short for a trigram (a two-character name).
     */
    @Query("select t.id from Ticket t where (t.customerName = :text or t.contactPerson = :text or t.number = :text)"
            + " and (:requesterId is null or t.requesterId = :requesterId) order by t.id desc")
    List<Long> findIdsByContactName(String text, @Nullable Long requesterId, Limit limit);
}
