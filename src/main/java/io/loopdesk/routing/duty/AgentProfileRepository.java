package io.loopdesk.routing.duty;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentProfileRepository extends JpaRepository<AgentProfile, Long> {

    List<AgentProfile> findByTenantIdAndOnDutyTrue(long tenantId);
}
