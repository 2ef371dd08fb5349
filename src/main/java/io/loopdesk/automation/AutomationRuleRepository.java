package io.loopdesk.automation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AutomationRuleRepository extends JpaRepository<AutomationRule, Long> {

    List<AutomationRule> findAllByOrderByPositionAscIdAsc();

    /** One tenant's rules, whatever tenants the session sees. */
    List<AutomationRule> findAllByTenantIdOrderByPositionAscIdAsc(Long tenantId);

    Optional<AutomationRule> findByName(String name);
}
