package io.loopdesk.routing.duty;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.routing.TeamUncovered;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A team inside its service hours with nobody on duty: its supervisors (or, when it has none, every supervisor of
 * the tenant) are told in the app and by e-mail, so customers do not wait on an empty desk unnoticed.
 */
@Component
class CoverageNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Notifications notifications;
    private final UserAccounts users;
    private final Teams teams;
    private final Tenants tenants;

    CoverageNotices(Notifications notifications, UserAccounts users, Teams teams, Tenants tenants) {
        this.notifications = notifications;
        this.users = users;
        this.teams = teams;
        this.tenants = tenants;
    }

    @AsyncReaction
    void on(TeamUncovered uncovered) {
        TenantScope.inTenant(uncovered.tenantId(), () -> {
            TenantInfo tenant = tenants.byId(uncovered.tenantId()).orElseThrow();
            String at = TIME.format(uncovered.at().atZone(tenant.timeZone()));
            notifications.sendToStaff(
                    uncovered.tenantId(),
                    supervisors(uncovered.tenantId(), uncovered.teamId()),
                    Phrase.of("notice.uncovered.subject", uncovered.teamName(), at),
                    Phrase.of("notice.uncovered.body", uncovered.teamName(), at),
                    null,
                    null);
        });
    }

    private List<UserView> supervisors(long tenantId, long teamId) {
        List<UserView> all = users.withAnyRole(tenantId, Set.of(Role.SUPERVISOR));
        Set<Long> members = teams.members(teamId);
        List<UserView> ofTeam =
                all.stream().filter(u -> members.contains(u.id())).toList();
        return ofTeam.isEmpty() ? all : ofTeam;
    }
}
