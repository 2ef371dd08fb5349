package io.loopdesk.tenant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlaybookRepository extends JpaRepository<Playbook, Long> {

    List<Playbook> findByTenantIdOrderById(long tenantId);

    long countByTenantId(long tenantId);
}
