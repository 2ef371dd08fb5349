package io.loopdesk.tenant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TenantRepository extends JpaRepository<Tenant, Long> {

    Optional<Tenant> findByCode(String code);

    @Query("select t.id from Tenant t where t.hostingAuthorisedAt is not null")
    List<Long> findIdsWithHostingAuthorisation();
}
