package io.loopdesk.sla.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedCalendarRepository extends JpaRepository<SavedCalendar, Long> {

    Optional<SavedCalendar> findByTeamKey(long teamKey);

    List<SavedCalendar> findAllByOrderByTeamKey();
}
