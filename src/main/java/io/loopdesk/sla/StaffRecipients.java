package io.loopdesk.sla;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.ticket.TeamDirectory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who is told about a ticket's SLA: its assignee, and its supervisors (the tenant's supervisors who are in the
 * ticket's team, or all of the tenant's supervisors when none is). The supervisors of a team are looked up once per
 * transaction: the SLA sweep tells them about a hundred tickets in one, and would otherwise read the same people a
 * hundred times.
 */
@Component
class StaffRecipients {

    private final UserAccounts users;
    private final TeamDirectory teams;

    StaffRecipients(UserAccounts users, TeamDirectory teams) {
        this.users = users;
        this.teams = teams;
    }

    List<UserView> assignee(@Nullable Long assigneeId) {
        if (assigneeId == null) {
            return List.of();
        }
        return users.byId(assigneeId).filter(UserView::enabled).stream().toList();
    }

    List<UserView> supervisors(long tenantId, @Nullable Long teamId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return lookUpSupervisors(tenantId, teamId);
        }
        @SuppressWarnings("unchecked")
        Map<Team, List<UserView>> known =
                (Map<Team, List<UserView>>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            known = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, known);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(StaffRecipients.this);
                }
            });
        }
        return known.computeIfAbsent(new Team(tenantId, teamId), team -> lookUpSupervisors(tenantId, teamId));
    }

    private record Team(long tenantId, @Nullable Long teamId) {}

    private List<UserView> lookUpSupervisors(long tenantId, @Nullable Long teamId) {
        List<UserView> all = users.withAnyRole(tenantId, Set.of(Role.SUPERVISOR));
        if (teamId != null) {
            List<UserView> ofTeam = all.stream()
                    .filter(u -> teams.teamsOf(u.id()).contains(teamId))
                    .toList();
            if (!ofTeam.isEmpty()) {
                return ofTeam;
            }
        }
        return all;
    }

    /** The assignee and the supervisors, each once. */
    List<UserView> assigneeAndSupervisors(long tenantId, @Nullable Long assigneeId, @Nullable Long teamId) {
        Map<Long, UserView> unique = new LinkedHashMap<>();
        assignee(assigneeId).forEach(u -> unique.put(u.id(), u));
        supervisors(tenantId, teamId).forEach(u -> unique.putIfAbsent(u.id(), u));
        return List.copyOf(unique.values());
    }
}
