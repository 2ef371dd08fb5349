package io.loopdesk.routing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

    List<Category> findByTenantIdOrderByCode(long tenantId);

    Optional<Category> findByTenantIdAndCode(long tenantId, String code);
}
