package io.loopdesk.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgentProfileRepository extends JpaRepository<AgentProfile, Long> {

    List<AgentProfile> findByTenantIdAndOnDutyTrue(long tenantId);
}
