package io.loopdesk.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

    Optional<Rating> findByTicketNumber(String ticketNumber);

    boolean existsByTicketNumber(String ticketNumber);

    List<Rating> findByTenantIdAndTicketNumberIn(Long tenantId, Collection<String> ticketNumbers);
}
