package io.loopdesk.ticket.savedview;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    /** The views a person may see: their own, their teams' and the tenant's ({@code teams} never empty). */
    @Query("""
            select v from SavedView v
            where v.tenantId = :tenantId
              and ((v.scope = io.loopdesk.ticket.savedview.ViewScope.PERSONAL and v.ownerId = :userId)
               or (v.scope = io.loopdesk.ticket.savedview.ViewScope.TEAM and (:allTeams = true or v.teamId in :teams))
               or v.scope = io.loopdesk.ticket.savedview.ViewScope.TENANT)
            order by v.scope, v.name, v.id""")
    List<SavedView> visibleTo(long tenantId, long userId, Collection<Long> teams, boolean allTeams);

    long countByOwnerIdAndScope(long ownerId, ViewScope scope);
}
