package io.loopdesk.ticket.savedview;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.ticket.TeamDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves, lists and deletes the ticket lists people keep. Anyone who works tickets keeps personal views; supervisors
 * and tenant admins share views with a team or the whole tenant, and only they remove shared ones.
 */
@Service
public class SavedViews {

    /** Personal views one person may keep; the sidebar counts each one on every visit. */
    public static final int MAX_PERSONAL = 30;

    static final int MAX_NAME = 60;
    static final int MAX_FILTERS = 1000;

    private final SavedViewRepository views;
    private final TeamDirectory teams;
    private final Clock clock;

    SavedViews(SavedViewRepository views, TeamDirectory teams, Clock clock) {
        this.views = views;
        this.teams = teams;
        this.clock = clock;
    }

    /** The views {@code actor} sees: their own, their teams' (every team's for supervisors) and the tenant's. */
    @Transactional(readOnly = true)
    public List<SavedView> visibleTo(Actor actor) {
        if (actor.userId() == null || !actor.worksTickets()) {
            return List.of();
        }
        Set<Long> mine = teams.teamsOf(actor.userId());
        return views.visibleTo(
                actor.tenantId(), actor.userId(), mine.isEmpty() ? Set.of(-1L) : mine, actor.hasAny(Role.SUPERVISORS));
    }

    /**
     * One view {@code actor} sees.
     *
     * @throws SavedViewRefusedException (not found) if there is none, or it is not theirs to see
     */
    @Transactional(readOnly = true)
    public SavedView get(long id, Actor actor) {
        return visibleTo(actor).stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow(SavedViewRefusedException::notFound);
    }

    /**
     * Saves a view for {@code actor}.
     *
     * @throws SavedViewRefusedException if the name is blank or too long, the team is not the tenant's, a shared view
     *     is asked by someone who is not a supervisor, or the person already keeps {@value #MAX_PERSONAL} views
     */
    @Transactional
    public SavedView save(NewSavedView view, Actor actor) {
        if (actor.userId() == null || !actor.worksTickets()) {
            throw SavedViewRefusedException.forbidden(
                    "view.forbidden", "Only members of staff who work tickets keep views.");
        }
        String name = view.name().strip();
        if (name.isEmpty()) {
            throw SavedViewRefusedException.invalid("name", "view.name.required", "Give the view a name.");
        }
        if (name.length() > MAX_NAME) {
            throw SavedViewRefusedException.invalid(
                    "name", "view.name.tooLong", "A view's name has at most " + MAX_NAME + " characters.");
        }
        if (!view.page().equals("workspace") && !view.page().equals("desk")) {
            throw SavedViewRefusedException.invalid("page", "view.page", "A view opens the workspace or the desk.");
        }
        if (view.filters().length() > MAX_FILTERS) {
            throw SavedViewRefusedException.invalid(
                    "filters", "view.filters.tooLong", "A view's filters take at most " + MAX_FILTERS + " characters.");
        }
        if (view.scope() != ViewScope.PERSONAL && !actor.hasAny(Role.SUPERVISORS)) {
            throw SavedViewRefusedException.forbidden(
                    "view.share.forbidden", "Only supervisors and tenant admins share views with a team or everyone.");
        }
        if (view.scope() == ViewScope.TEAM
                && (view.teamId() == null || !teams.teamsIn(actor.tenantId()).containsKey(view.teamId()))) {
            throw SavedViewRefusedException.invalid("teamId", "view.team", "Choose one of your tenant's teams.");
        }
        if (view.scope() == ViewScope.PERSONAL
                && views.countByOwnerIdAndScope(actor.userId(), ViewScope.PERSONAL) >= MAX_PERSONAL) {
            throw SavedViewRefusedException.invalid(
                    "name", "view.tooMany", "You keep " + MAX_PERSONAL + " views already; delete one first.");
        }
        if (view.columns().isEmpty()) {
            throw SavedViewRefusedException.invalid("columns", "view.columns", "Choose at least one column.");
        }
        return views.save(new SavedView(actor.tenantId(), actor.userId(), view, clock.instant()));
    }

    /**
     * Deletes a view: one's own personal view, or a shared one by a supervisor or tenant admin.
     *
     * @throws SavedViewRefusedException if it is not there for {@code actor}, or not theirs to delete
     */
    @Transactional
    public void delete(long id, Actor actor) {
        SavedView view = get(id, actor);
        if (!mayDelete(view, actor)) {
            throw SavedViewRefusedException.forbidden(
                    "view.delete.forbidden", "Only supervisors and tenant admins remove a shared view.");
        }
        views.delete(view);
    }

    /** Whether {@code actor} may delete {@code view}: pages offer the button only then. */
    public boolean mayDelete(SavedView view, Actor actor) {
        return view.scope() == ViewScope.PERSONAL
                ? actor.userId() != null && view.ownerId() == actor.userId()
                : actor.hasAny(Role.SUPERVISORS);
    }
}
