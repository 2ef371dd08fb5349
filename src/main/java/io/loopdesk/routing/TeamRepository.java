package io.loopdesk.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findByTenantIdOrderByName(long tenantId);

    @Query("select t from Team t join t.members m where m = :userId order by t.name")
    List<Team> findByMember(long userId);
}
