package io.loopdesk.automation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AutomationRuleRepository extends JpaRepository<AutomationRule, Long> {

    List<AutomationRule> findAllByOrderByPositionAscIdAsc();

    Optional<AutomationRule> findByName(String name);
}
