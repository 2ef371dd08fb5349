package io.loopdesk.routing;

import io.loopdesk.identity.UserAccounts;
import io.loopdesk.routing.duty.Team;
import io.loopdesk.routing.duty.TeamRepository;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.TeamDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teams and their members. Reads name the tenant they are about, so they also answer correctly inside system
 * transactions that see every tenant.
 */
@Service
public class Teams implements TeamDirectory {

    private final ApplicationEventPublisher events;
    private final TeamRepository repository;
    private final UserAccounts users;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    Teams(
            ApplicationEventPublisher events,
            TeamRepository repository,
            UserAccounts users,
            PlatformTransactionManager transactionManager) {
        this.events = events;
        this.repository = repository;
        this.users = users;
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    /** Creates a team in {@code tenantId}. */
    public TeamView create(long tenantId, String name, @Nullable String description) {
        return TenantScope.inTenant(
                tenantId,
                () -> writing.execute(status -> {
                    TeamView created = repository
                            .save(new Team(tenantId, name, description))
                            .view();
                    events.publishEvent(new Audited(tenantId, "routing.changed", "team " + name, null, created));
                    return created;
                }));
    }

    /** Adds a member of the team's own tenant; in the caller's scope, so nobody adds to another tenant's team. */
    public TeamView addMember(long teamId, long userId) {
        return writing.execute(status -> {
            Team team =
                    repository.findById(teamId).orElseThrow(() -> new IllegalArgumentException("No team " + teamId));
            boolean sameTenant = users.byId(userId)
                    .filter(u -> u.tenantId() == team.view().tenantId())
                    .isPresent();
            if (!sameTenant) {
                throw new IllegalArgumentException("No user " + userId + " in the team's tenant");
            }
            TeamView before = team.view();
            team.add(userId);
            events.publishEvent(
                    new Audited(before.tenantId(), "routing.changed", "team " + before.name(), before, team.view()));
            return team.view();
        });
    }

    public List<TeamView> in(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> reading.execute(status -> repository.findByTenantIdOrderByName(tenantId).stream()
                        .map(Team::view)
                        .toList()));
    }

    /** The members of a team, whichever tenant it is in (callers check the team belongs to theirs). */
    public Set<Long> members(long teamId) {
        return reading.execute(status ->
                repository.findById(teamId).map(t -> t.view().memberIds()).orElse(Set.of()));
    }

    public List<TeamView> of(long userId) {
        return reading.execute(status ->
                repository.findByMember(userId).stream().map(Team::view).toList());
    }

    @Override
    public Optional<String> teamName(long teamId, long tenantId) {
        return reading.execute(status -> repository.findNameInTenant(teamId, tenantId));
    }

    @Override
    public Set<Long> teamsOf(long userId) {
        return reading.execute(status ->
                repository.findByMember(userId).stream().map(t -> t.view().id()).collect(Collectors.toSet()));
    }

    @Override
    public Map<Long, String> teamsIn(long tenantId) {
        Map<Long, String> names = new LinkedHashMap<>();
        in(tenantId).forEach(t -> names.put(t.id(), t.name()));
        return names;
    }
}
