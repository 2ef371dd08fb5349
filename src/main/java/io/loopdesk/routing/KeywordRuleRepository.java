package io.loopdesk.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KeywordRuleRepository extends JpaRepository<KeywordRuleRow, Long> {

    List<KeywordRuleRow> findByTenantIdOrderById(long tenantId);

    @Modifying
    @Query("delete from KeywordRuleRow r where r.tenantId = :tenantId")
    void deleteAllOf(long tenantId);
}
