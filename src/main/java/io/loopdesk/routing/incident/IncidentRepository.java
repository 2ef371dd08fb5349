package io.loopdesk.routing.incident;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentRepository extends JpaRepository<Incident, Long> {

    List<Incident> findByTenantIdAndStatusInOrderByDeclaredAtDesc(long tenantId, Collection<IncidentStatus> statuses);

    List<Incident> findByTenantIdOrderByDeclaredAtDesc(long tenantId);

    Optional<Incident> findFirstByTenantIdAndCategoryCodeAndStatusInOrderByDeclaredAtDesc(
            long tenantId, String categoryCode, Collection<IncidentStatus> statuses);
}
