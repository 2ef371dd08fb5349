package io.loopdesk.survey.review;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.TenantScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dissatisfaction reviews ({@code survey_review}) and their return visits: opened by the system on a low rating or a
 * reopen, worked by supervisors and tenant admins of the review's tenant, and by no one else.
 */
@Service
public class Reviews {

    static final int MAX_TEXT = 2000;
    private static final Set<Role> REVIEWERS = Set.of(Role.SUPERVISOR, Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR);

    private final JdbcClient jdbc;
    private final Clock clock;

    Reviews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens a review of the ticket unless one is open already (a second low rating or reopen adds nothing new to do);
     * for the system, in the ticket's tenant.
     */
    @Transactional
    public void open(long tenantId, String ticketNumber, Review.Reason reason, @Nullable String detail) {
        boolean open = jdbc.sql("select count(*) from survey_review where tenant_id = ? and ticket_number = ?"
                                + " and status = 'OPEN'")
                        .params(tenantId, ticketNumber)
                        .query(Long.class)
                        .single()
                > 0;
        if (open) {
            return;
        }
        jdbc.sql("insert into survey_review (tenant_id, ticket_number, reason, detail, status, opened_at)"
                        + " values (?, ?, ?, ?, 'OPEN', ?)")
                .params(tenantId, ticketNumber, reason.name(), clip(detail), Timestamp.from(clock.instant()))
                .update();
    }

    /** The tenant's reviews with this status, oldest first for open ones, newest first for closed ones. */
    @Transactional(readOnly = true)
    public List<Review> list(Review.Status status, Actor actor) {
        check(actor);
        return jdbc.sql("select " + COLUMNS + " from survey_review where tenant_id = ? and status = ?"
                        + (status == Review.Status.OPEN
                                ? " order by opened_at, id"
                                : " order by closed_at desc, id desc")
                        + " fetch first 200 rows only")
                .params(actor.tenantId(), status.name())
                .query((rs, row) -> review(rs, List.of()))
                .list();
    }

    @Transactional(readOnly = true)
    public long countOpen(Actor actor) {
        return jdbc.sql("select count(*) from survey_review where tenant_id = ? and status = 'OPEN'")
                .param(actor.tenantId())
                .query(Long.class)
                .single();
    }

    /** One review of the actor's tenant, with its visits. */
    @Transactional(readOnly = true)
    public Review get(long id, Actor actor) {
        check(actor);
        return find(id, actor.tenantId()).orElseThrow(() -> ReviewRefusedException.notFound(id));
    }

    /** The reviews of one ticket of the actor's tenant, newest first: what the ticket page shows. */
    @Transactional(readOnly = true)
    public List<Review> ofTicket(String ticketNumber, Actor actor) {
        return jdbc.sql("select " + COLUMNS + " from survey_review where tenant_id = ? and ticket_number = ?"
                        + " order by opened_at desc, id desc")
                .params(actor.tenantId(), ticketNumber)
                .query((rs, row) -> review(rs, List.of()))
                .list();
    }

    /** Records a return visit on an open review. */
    @Transactional
    public Review visit(long id, Review.Way way, Review.Outcome outcome, @Nullable String note, Actor actor) {
        Review review = openReview(id, actor);
        if (note != null && note.length() > MAX_TEXT) {
            throw ReviewRefusedException.invalid(
                    "note", "review.note.too-long", "Keep the note under 2,000 characters.");
        }
        jdbc.sql("insert into survey_return_visit (tenant_id, review_id, way, outcome, note, visited_by, visited_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        review.tenantId(),
                        id,
                        way.name(),
                        outcome.name(),
                        blankToNull(note),
                        actor.name(),
                        Timestamp.from(clock.instant()))
                .update();
        return get(id, actor);
    }

    /** Closes an open review with its conclusion. */
    @Transactional
    public Review close(long id, @Nullable String conclusion, Actor actor) {
        openReview(id, actor);
        if (conclusion == null || conclusion.isBlank()) {
            throw ReviewRefusedException.invalid(
                    "conclusion", "review.conclusion.required", "Write what the review came to.");
        }
        if (conclusion.length() > MAX_TEXT) {
            throw ReviewRefusedException.invalid(
                    "conclusion", "review.conclusion.too-long", "Keep the conclusion under 2,000 characters.");
        }
        jdbc.sql("update survey_review set status = 'CLOSED', conclusion = ?, closed_by = ?, closed_at = ?"
                        + " where id = ? and status = 'OPEN'")
                .params(conclusion.strip(), actor.name(), Timestamp.from(clock.instant()), id)
                .update();
        return get(id, actor);
    }

    private Review openReview(long id, Actor actor) {
        Review review = get(id, actor);
        if (review.status() != Review.Status.OPEN) {
            throw ReviewRefusedException.closed();
        }
        return review;
    }

    private Optional<Review> find(long id, long tenantId) {
        List<Review.Visit> visits = jdbc.sql("select id, way, outcome, note, visited_by, visited_at"
                        + " from survey_return_visit where review_id = ? and tenant_id = ? order by visited_at, id")
                .params(id, tenantId)
                .query((rs, row) -> new Review.Visit(
                        rs.getLong(1),
                        Review.Way.valueOf(rs.getString(2)),
                        Review.Outcome.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
        return jdbc.sql("select " + COLUMNS + " from survey_review where id = ? and tenant_id = ?")
                .params(id, tenantId)
                .query((rs, row) -> review(rs, visits))
                .optional();
    }

    private static void check(Actor actor) {
        if (!actor.hasAny(REVIEWERS) || actor.tenantId() == TenantScope.NO_TENANT) {
            throw ReviewRefusedException.forbidden();
        }
    }

    private static final String COLUMNS =
            "id, tenant_id, ticket_number, reason, detail, status, opened_at," + " conclusion, closed_by, closed_at";

    private static Review review(ResultSet rs, List<Review.Visit> visits) throws SQLException {
        Timestamp closed = rs.getTimestamp(10);
        return new Review(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                Review.Reason.valueOf(rs.getString(4)),
                rs.getString(5),
                Review.Status.valueOf(rs.getString(6)),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8),
                rs.getString(9),
                closed == null ? null : closed.toInstant(),
                visits);
    }

    private static @Nullable String clip(@Nullable String text) {
        String kept = blankToNull(text);
        return kept == null || kept.length() <= MAX_TEXT ? kept : kept.substring(0, MAX_TEXT);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
