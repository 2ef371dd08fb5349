package io.loopdesk.routing.category;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

    List<Category> findByTenantIdOrderByCode(long tenantId);

    Optional<Category> findByTenantIdAndCode(long tenantId, String code);
}
