package io.loopdesk.routing.duty;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShiftRepository extends JpaRepository<Shift, Long> {

    List<Shift> findByTenantIdOrderByTeamIdAscDayOfWeekAscStartsAtAsc(long tenantId);

    List<Shift> findByDayOfWeekIn(java.util.Collection<java.time.DayOfWeek> days);
}
