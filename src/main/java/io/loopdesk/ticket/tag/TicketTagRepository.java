package io.loopdesk.ticket.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketTagRepository extends JpaRepository<TicketTag, Long> {

    List<TicketTag> findByTicketIdOrderByTag(long ticketId);

    List<TicketTag> findByTicketNumberInOrderByTag(Collection<String> numbers);

    Optional<TicketTag> findByTicketIdAndTag(long ticketId, String tag);

    long countByTicketId(long ticketId);

    /** The tenant's tags (Hibernate's tenant filter) and on how many tickets each is, most used first. */
    @Query("select t.tag, count(t) from TicketTag t group by t.tag order by count(t) desc, t.tag")
    List<Object[]> inUse();
}
