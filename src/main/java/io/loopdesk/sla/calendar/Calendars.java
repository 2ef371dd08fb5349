package io.loopdesk.sla.calendar;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.loopdesk.sla.SlaAccess;
import io.loopdesk.sla.SlaNotFoundException;
import io.loopdesk.sla.SlaValidationException;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TeamDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The business calendars of each tenant and team: the SLA clocks of a ticket count its team's working hours (the
 * tenant's when the team has none of its own), auto-close counts the tenant's working days. A tenant that saved
 * nothing works to {@link DefaultCalendars its plan's default}.
 */
@Service
public class Calendars {

    /**
     * Every new ticket and every clock update needs a calendar, so each node remembers them, by
     * {@code "<tenant>:<team or 0>"}, until any node changes one of the tenant's.
     */
    private final Remembered<String, BusinessCalendar> remembered;

    private final ApplicationEventPublisher events;
    private final SavedCalendarRepository saved;
    private final Tenants tenants;
    private final TeamDirectory teams;
    private final SlaAccess access;
    private final DefaultCalendars defaults;

    Calendars(
            ClusterSignals signals,
            ApplicationEventPublisher events,
            SavedCalendarRepository saved,
            Tenants tenants,
            TeamDirectory teams,
            SlaAccess access,
            DefaultCalendars defaults) {
        this.remembered = Remembered.create("calendars", Duration.ofMinutes(10), 50_000, key -> key, signals);
        this.events = events;
        this.saved = saved;
        this.tenants = tenants;
        this.teams = teams;
        this.access = access;
        this.defaults = defaults;
    }

    /** The tenant's calendar in effect. */
    public BusinessCalendar ofTenant(long tenantId) {
        return ofTeam(tenantId, null);
    }

    /** The calendar a team works to: its own if saved, else the tenant's; the tenant's for {@code null}. */
    public BusinessCalendar ofTeam(long tenantId, @Nullable Long teamId) {
        return remembered.get(
                tenantId + ":" + (teamId == null ? SavedCalendar.TENANT : teamId),
                key -> access.inTenant(
                        tenantId,
                        () -> (teamId == null ? Optional.<SavedCalendar>empty() : saved.findByTeamKey(teamId))
                                .map(SavedCalendar::calendar)
                                .orElseGet(() -> tenantCalendar(tenantId))));
    }

    /** The tenant's calendar and every team's, saved or inherited. */
    public List<CalendarView> list(long tenantId, Actor actor) {
        return access.reading(tenantId, actor, () -> {
            List<CalendarView> views = new ArrayList<>();
            views.add(view(tenantId, null));
            for (Map.Entry<Long, String> team : teams.teamsIn(tenantId).entrySet()) {
                views.add(view(tenantId, team.getKey()));
            }
            return views;
        });
    }

    /** One calendar: the tenant's ({@code teamId} null) or a team's. */
    public CalendarView get(long tenantId, @Nullable Long teamId, Actor actor) {
        return access.reading(tenantId, actor, () -> {
            checkTeam(tenantId, teamId);
            return view(tenantId, teamId);
        });
    }

    /**
     * Saves a calendar for the tenant or a team; clocks started or resumed from now on count with it.
     *
     * @throws SlaValidationException naming every wrong field; nothing is saved
     */
    public CalendarView save(long tenantId, @Nullable Long teamId, CalendarDraft draft, Actor actor) {
        BusinessCalendar calendar = draft.toCalendar();
        return access.changing(tenantId, actor, () -> {
            checkTeam(tenantId, teamId);
            long key = teamId == null ? SavedCalendar.TENANT : teamId;
            CalendarView before = view(tenantId, teamId);
            SavedCalendar row = saved.findByTeamKey(key).orElseGet(() -> new SavedCalendar(tenantId, key));
            row.change(calendar);
            saved.save(row);
            forget(tenantId);
            CalendarView after = view(tenantId, teamId);
            events.publishEvent(new Audited(tenantId, "sla.calendar.changed", subject(teamId), before, after));
            return after;
        });
    }

    /** The calendar a change to the tenant's ({@code teamId} null) or a team's starts from: the one in effect. */
    BusinessCalendar inEffect(long tenantId, @Nullable Long teamId) {
        checkTeam(tenantId, teamId);
        return teamId == null ? tenantCalendar(tenantId) : ofTeam(tenantId, teamId);
    }

    /** Forgets a saved calendar: a team goes back to the tenant's, the tenant to its plan's default. */
    public CalendarView reset(long tenantId, @Nullable Long teamId, Actor actor) {
        return access.changing(tenantId, actor, () -> {
            checkTeam(tenantId, teamId);
            CalendarView before = view(tenantId, teamId);
            saved.findByTeamKey(teamId == null ? SavedCalendar.TENANT : teamId).ifPresent(saved::delete);
            saved.flush();
            forget(tenantId);
            CalendarView after = view(tenantId, teamId);
            events.publishEvent(new Audited(tenantId, "sla.calendar.changed", subject(teamId), before, after));
            return after;
        });
    }

    private static String subject(@Nullable Long teamId) {
        return teamId == null ? "tenant calendar" : "team " + teamId + " calendar";
    }

    /** A tenant calendar change reaches its teams' calendars too, which inherit it. */
    private void forget(long tenantId) {
        remembered.forgetStartingWith(tenantId + ":");
    }

    private BusinessCalendar tenantCalendar(long tenantId) {
        return saved.findByTeamKey(SavedCalendar.TENANT)
                .map(SavedCalendar::calendar)
                .orElseGet(() -> defaults.forTenant(tenant(tenantId)));
    }

    private CalendarView view(long tenantId, @Nullable Long teamId) {
        Optional<SavedCalendar> own = saved.findByTeamKey(teamId == null ? SavedCalendar.TENANT : teamId);
        BusinessCalendar calendar = own.map(SavedCalendar::calendar).orElseGet(() -> tenantCalendar(tenantId));
        String teamName =
                teamId == null ? null : teams.teamName(teamId, tenantId).orElse(null);
        return new CalendarView(teamId, teamName, own.isPresent(), CalendarDraft.of(calendar));
    }

    private void checkTeam(long tenantId, @Nullable Long teamId) {
        if (teamId != null && teams.teamName(teamId, tenantId).isEmpty()) {
            throw new SlaNotFoundException(
                    "error.sla.team.unknown", "No team " + teamId + " in this tenant.", String.valueOf(teamId));
        }
    }

    private TenantInfo tenant(long tenantId) {
        return tenants.byId(tenantId)
                .orElseThrow(() -> new SlaNotFoundException(
                        "error.sla.tenant.unknown", "No tenant " + tenantId + ".", String.valueOf(tenantId)));
    }
}
