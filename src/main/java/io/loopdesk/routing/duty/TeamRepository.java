package io.loopdesk.routing.duty;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findByTenantIdOrderByName(long tenantId);

    @Query("select t from Team t join t.members m where m = :userId order by t.name")
    List<Team> findByMember(long userId);

    /**
     * The team's name if it belongs to the tenant. Native, so it reads one column rather than the team and its
     * members, and needs no tenant filter (under which Hibernate translates a query again on every call): every
     * assignment asks it.
     */
    @Query(value = "select name from team where id = ?1 and tenant_id = ?2", nativeQuery = true)
    Optional<String> findNameInTenant(long teamId, long tenantId);
}
