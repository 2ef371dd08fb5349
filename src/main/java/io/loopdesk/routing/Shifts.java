package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.duty.AgentProfileRepository;
import io.loopdesk.routing.duty.Shift;
import io.loopdesk.routing.duty.ShiftRepository;
import io.loopdesk.routing.duty.ShiftWatch;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Team shift schedules, and the watch that tells supervisors when a team is inside its service hours with nobody
 * on duty (REQUIREMENTS §4: schedules must keep at least one agent on duty in service hours).
 */
@Service
public class Shifts {

    private final ShiftRepository shifts;
    private final Teams teams;
    private final AgentProfileRepository profiles;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Shifts(
            ShiftRepository shifts,
            Teams teams,
            AgentProfileRepository profiles,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.shifts = shifts;
        this.teams = teams;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public List<ShiftView> of(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(
                        status -> shifts.findByTenantIdOrderByTeamIdAscDayOfWeekAscStartsAtAsc(tenantId).stream()
                                .map(Shift::view)
                                .toList()));
    }

    public ShiftView add(long tenantId, ShiftView shift, Actor actor) {
        Categories.requireAdmin(tenantId, actor);
        if (teams.teamName(shift.teamId(), tenantId).isEmpty()) {
            throw new RoutingRefusedException("teamId", "routing.shift.team", "No such team in this tenant.");
        }
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> {
                    ShiftView added = shifts.save(new Shift(tenantId, shift)).view();
                    events.publishEvent(new Audited(tenantId, "routing.changed", "shift", null, added));
                    return added;
                }));
    }

    public void remove(long tenantId, long shiftId, Actor actor) {
        Categories.requireAdmin(tenantId, actor);
        TenantScope.inTenant(
                tenantId,
                () -> transactions.executeWithoutResult(status -> shifts.findById(shiftId)
                        .filter(s -> s.view().teamId() > 0)
                        .ifPresent(removed -> {
                            events.publishEvent(
                                    new Audited(tenantId, "routing.changed", "shift", removed.view(), null));
                            shifts.delete(removed);
                        })));
    }

    /** The tenant's teams that are inside service hours now with nobody on duty, by id and name. */
    public Map<Long, String> uncovered(long tenantId) {
        Instant now = clock.instant();
        Map<Long, String> names = teams.teamsIn(tenantId);
        Map<Long, String> uncovered = new LinkedHashMap<>();
        uncoveredShifts(shiftsOf(tenantId), now)
                .forEach(shift -> uncovered.put(
                        shift.view().teamId(),
                        names.getOrDefault(
                                shift.view().teamId(), "#" + shift.view().teamId())));
        return uncovered;
    }

    /**
     * Every few minutes: a team inside one of its shifts with nobody on duty raises one {@link TeamUncovered} per
     * shift and day, even with several nodes watching (the alert row's key decides who raises it). Run by {@link
     * ShiftWatch}; it reads every tenant's shifts of the day, then looks at each in its own tenant.
     */
    public void watch() {
        Instant now = clock.instant();
        List<Shift> today =
                TenantScope.asSystem(() -> transactions.execute(status -> shifts.findByDayOfWeekIn(EnumSet.of(
                        now.atZone(java.time.ZoneOffset.UTC).getDayOfWeek(),
                        now.atZone(java.time.ZoneOffset.UTC).getDayOfWeek().minus(1),
                        now.atZone(java.time.ZoneOffset.UTC).getDayOfWeek().plus(1)))));
        uncoveredShifts(today, now).forEach(shift -> raiseOnce(shift.tenantId(), shift.view(), now));
    }

    private List<Shift> shiftsOf(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(
                        status -> shifts.findByTenantIdOrderByTeamIdAscDayOfWeekAscStartsAtAsc(tenantId)));
    }

    /** The shifts running now whose team has nobody on duty. */
    private List<Shift> uncoveredShifts(List<Shift> candidates, Instant now) {
        return candidates.stream()
                .filter(shift -> shift.covers(now))
                .filter(shift -> {
                    Set<Long> onDuty = TenantScope.inTenant(
                            shift.tenantId(),
                            () -> transactions.execute(
                                    status -> profiles.findByTenantIdAndOnDutyTrue(shift.tenantId()).stream()
                                            .map(p -> p.view().userId())
                                            .collect(Collectors.toSet())));
                    return TenantScope.inTenant(
                                    shift.tenantId(),
                                    () -> teams.members(shift.view().teamId()))
                            .stream()
                            .noneMatch(onDuty::contains);
                })
                .toList();
    }

    private void raiseOnce(long tenantId, ShiftView shift, Instant now) {
        try {
            TenantScope.inTenant(
                    tenantId,
                    () -> transactions.executeWithoutResult(status -> {
                        jdbc.sql("insert into shift_alert (shift_id, shift_day, raised_at) values (?, ?, ?)")
                                .params(
                                        shift.id(),
                                        java.sql.Date.valueOf(
                                                now.atZone(shift.zone()).toLocalDate()),
                                        Timestamp.from(now))
                                .update();
                        events.publishEvent(new TeamUncovered(
                                tenantId,
                                shift.teamId(),
                                teams.teamsIn(tenantId).getOrDefault(shift.teamId(), "#" + shift.teamId()),
                                shift.id(),
                                now));
                    }));
        } catch (DuplicateKeyException alreadyRaised) {
            // this shift's warning for today went out already, from this node or another
        }
    }
}
