package io.loopdesk.quality;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException.Kind;
import io.loopdesk.shared.FieldProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspections of a tenant's tickets ({@code qa_inspection}, {@code qa_item_score}): queued by the system, scored
 * by inspectors (QA, supervisors, tenant admins), appealed once by the agent whose ticket it was, decided by a
 * supervisor or tenant admin. Everything is within the actor's tenant: another tenant's inspection is not found.
 */
@Service
public class Inspections {

    static final int MAX_TEXT = 2000;
    static final int MAX_NOTE = 500;
    private static final Set<Role> INSPECTORS = Set.of(Role.QA, Role.SUPERVISOR, Role.TENANT_ADMIN);
    private static final Set<Role> DECIDERS = Set.of(Role.SUPERVISOR, Role.TENANT_ADMIN);
    private static final String COLUMNS = "id, ticket_id, ticket_number, agent_id, reason, status, queued_at,"
            + " inspector_name, score, red_line, comment, scored_at, appeal, appealed_at, decision, decided_by,"
            + " decided_at";

    private final JdbcClient jdbc;
    private final Rubrics rubrics;
    private final QaRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inspections(JdbcClient jdbc, Rubrics rubrics, QaRules rules, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.rubrics = rubrics;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** A score an inspector gives one item: points 0–10 for an ordinary item, breached or not for a red line. */
    public record Mark(
            long itemId,
            @Nullable Integer points,
            boolean breached,
            @Nullable String note) {}

    /** Queues a ticket for inspection unless it is queued already; for the system, in the ticket's tenant. */
    @Transactional
    public boolean enqueue(long tenantId, long ticketId, String number, @Nullable Long agentId, Inspection.Reason why) {
        boolean queued = jdbc.sql("select count(*) from qa_inspection where ticket_number = ?")
                        .param(number)
                        .query(Long.class)
                        .single()
                > 0;
        if (queued) {
            return false;
        }
        try {
            jdbc.sql("insert into qa_inspection (tenant_id, ticket_id, ticket_number, agent_id, reason, status,"
                            + " queued_at, red_line) values (?, ?, ?, ?, ?, 'PENDING', ?, false)")
                    .params(tenantId, ticketId, number, agentId, why.name(), Timestamp.from(clock.instant()))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException queuedMeanwhile) {
            // the resolution and the closing, or a late low rating, drew it at the same moment: queued once
            return false;
        }
        return true;
    }

    /** The tenant's inspections with this status: waiting ones oldest first, others newest first. */
    @Transactional(readOnly = true)
    public List<Inspection> list(Inspection.Status status, Actor actor) {
        checkAny(actor, INSPECTORS);
        return jdbc.sql("select " + COLUMNS + " from qa_inspection where tenant_id = ? and status = ?"
                        + (status == Inspection.Status.PENDING
                                ? " order by queued_at, id"
                                : " order by coalesce(appealed_at, scored_at) desc, id desc")
                        + " fetch first 200 rows only")
                .params(actor.tenantId(), status.name())
                .query((rs, row) -> inspection(rs, List.of()))
                .list();
    }

    /** How many inspections wait, per status, for the queue's tabs. */
    @Transactional(readOnly = true)
    public Map<Inspection.Status, Long> counts(Actor actor) {
        checkAny(actor, INSPECTORS);
        Map<Inspection.Status, Long> counts = new HashMap<>();
        jdbc.sql("select status, count(*) from qa_inspection where tenant_id = ? group by status")
                .param(actor.tenantId())
                .query(rs -> {
                    counts.put(Inspection.Status.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** The agent's own scored inspections, newest first. */
    @Transactional(readOnly = true)
    public List<Inspection> mine(Actor actor) {
        if (actor.userId() == null) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from qa_inspection where tenant_id = ? and agent_id = ?"
                        + " and status <> 'PENDING' order by scored_at desc, id desc fetch first 200 rows only")
                .params(actor.tenantId(), actor.userId())
                .query((rs, row) -> inspection(rs, List.of()))
                .list();
    }

    /** One inspection with its item scores: for inspectors, and for the agent whose score it is once scored. */
    @Transactional(readOnly = true)
    public Inspection get(long id, Actor actor) {
        Inspection found = find(id, actor.tenantId());
        boolean inspector = actor.hasAny(INSPECTORS);
        boolean own = found.agentId() != null
                && found.agentId().equals(actor.userId())
                && found.status() != Inspection.Status.PENDING;
        if (!inspector && !own) {
            throw QaRefusedException.notFound(id);
        }
        return found.withItems(items(id));
    }

    /**
     * Scores a waiting inspection against the tenant's rubric: every active item must be marked.
     *
     * @throws QaRefusedException naming the items missing or out of range; when it is scored already
     */
    @Transactional
    public Inspection score(long id, List<Mark> marks, @Nullable String comment, Actor actor) {
        checkAny(actor, INSPECTORS);
        Inspection inspection = find(id, actor.tenantId());
        if (inspection.status() != Inspection.Status.PENDING) {
            throw new QaRefusedException(Kind.CONFLICT, "error.qa.scored", "This ticket has been inspected already.");
        }
        Map<Long, Mark> byItem = new HashMap<>();
        marks.forEach(mark -> byItem.put(mark.itemId(), mark));
        List<FieldProblem> problems = new ArrayList<>();
        List<ItemScore> scored = new ArrayList<>();
        for (RubricItem item : rubrics.active(actor.tenantId())) {
            Mark mark = byItem.get(item.id());
            String field = "item-" + item.id();
            if (item.redLine()) {
                scored.add(new ItemScore(
                        item.id(), item.name(), 0, true, null, mark != null && mark.breached(), note(mark)));
            } else if (mark == null || mark.points() == null || mark.points() < 0 || mark.points() > 10) {
                problems.add(new FieldProblem(
                        field, "qa.points.range", "Score " + item.name() + " from 0 to 10.", List.of(item.name())));
            } else {
                scored.add(
                        new ItemScore(item.id(), item.name(), item.weight(), false, mark.points(), false, note(mark)));
            }
        }
        if (comment != null && comment.length() > MAX_TEXT) {
            problems.add(new FieldProblem("comment", "qa.comment.too-long", "Keep the comment to 2000 characters."));
        }
        if (!problems.isEmpty()) {
            throw new QaRefusedException(problems);
        }
        BigDecimal score = Scoring.of(scored);
        boolean redLine = scored.stream().anyMatch(ItemScore::breached);
        Instant now = clock.instant();
        int updated = jdbc.sql("update qa_inspection set status = 'SCORED', inspector_id = ?, inspector_name = ?,"
                        + " score = ?, red_line = ?, comment = ?, scored_at = ? where id = ? and tenant_id = ?"
                        + " and status = 'PENDING'")
                .params(
                        actor.userId(),
                        actor.name(),
                        score,
                        redLine,
                        blankToNull(comment),
                        Timestamp.from(now),
                        id,
                        actor.tenantId())
                .update();
        if (updated == 0) {
            throw new QaRefusedException(Kind.CONFLICT, "error.qa.scored", "This ticket has been inspected already.");
        }
        for (ItemScore item : scored) {
            jdbc.sql("insert into qa_item_score (tenant_id, inspection_id, item_id, item_name, weight, red_line,"
                            + " points, breached, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            actor.tenantId(),
                            id,
                            item.itemId(),
                            item.itemName(),
                            item.weight(),
                            item.redLine(),
                            item.points(),
                            item.breached(),
                            item.note())
                    .update();
        }
        events.publishEvent(
                new TicketInspected(actor.tenantId(), inspection.ticketId(), inspection.ticketNumber(), score, now));
        return get(id, actor);
    }

    /**
     * The agent appeals their score, once, with a reason, within the tenant's days.
     *
     * @throws QaRefusedException when it is not theirs, appealed already, too late, or without a reason
     */
    @Transactional
    public Inspection appeal(long id, String reason, Actor actor) {
        Inspection inspection = find(id, actor.tenantId());
        if (inspection.agentId() == null || !inspection.agentId().equals(actor.userId())) {
            throw QaRefusedException.notFound(id);
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_TEXT) {
            throw new QaRefusedException(List.of(new FieldProblem(
                    "appeal", "qa.appeal.required", "Say why the score is wrong, in at most 2000 characters.")));
        }
        int days = rules.of(actor.tenantId()).appealDays();
        if (!inspection.appealableAt(clock.instant(), days)) {
            throw new QaRefusedException(
                    Kind.CONFLICT,
                    "error.qa.appeal.closed",
                    "This score can no longer be appealed: it was appealed already, or " + days + " days have passed.",
                    days);
        }
        jdbc.sql("update qa_inspection set status = 'APPEALED', appeal = ?, appealed_at = ? where id = ?"
                        + " and tenant_id = ? and status = 'SCORED'")
                .params(reason.strip(), Timestamp.from(clock.instant()), id, actor.tenantId())
                .update();
        return get(id, actor);
    }

    /**
     * A supervisor decides an appeal: the score stands, or is replaced by {@code revisedScore}.
     *
     * @throws QaRefusedException when the actor may not, nothing is appealed, or the decision lacks its note or score
     */
    @Transactional
    public Inspection decide(long id, boolean uphold, @Nullable BigDecimal revisedScore, String note, Actor actor) {
        checkAny(actor, DECIDERS);
        Inspection inspection = find(id, actor.tenantId());
        if (inspection.status() != Inspection.Status.APPEALED) {
            throw new QaRefusedException(Kind.CONFLICT, "error.qa.notAppealed", "There is no appeal to decide.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (note == null || note.isBlank() || note.length() > MAX_TEXT) {
            problems.add(new FieldProblem("decision", "qa.decision.required", "Say why, in at most 2000 characters."));
        }
        if (!uphold
                && (revisedScore == null
                        || revisedScore.signum() < 0
                        || revisedScore.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(new FieldProblem("score", "qa.score.range", "Give the new score, 0 to 100."));
        }
        if (!problems.isEmpty()) {
            throw new QaRefusedException(problems);
        }
        Instant now = clock.instant();
        BigDecimal score = uphold ? inspection.score() : revisedScore.setScale(1, java.math.RoundingMode.HALF_UP);
        jdbc.sql("update qa_inspection set status = ?, score = ?, decision = ?, decided_by = ?, decided_at = ?"
                        + " where id = ? and tenant_id = ? and status = 'APPEALED'")
                .params(
                        uphold ? "UPHELD" : "REVISED",
                        score,
                        note.strip(),
                        actor.name(),
                        Timestamp.from(now),
                        id,
                        actor.tenantId())
                .update();
        if (!uphold) {
            events.publishEvent(new TicketInspected(
                    actor.tenantId(), inspection.ticketId(), inspection.ticketNumber(), score, now));
        }
        return get(id, actor);
    }

    /** The final score of each of these tickets that has one, for reports: the system reads them for the tenant. */
    @Transactional(readOnly = true)
    public Map<String, Scored> scoresOf(long tenantId, java.util.Collection<String> numbers) {
        Map<String, Scored> scores = new HashMap<>();
        List<String> all = List.copyOf(numbers);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> page = all.subList(from, Math.min(all.size(), from + 500));
            String placeholders = String.join(",", java.util.Collections.nCopies(page.size(), "?"));
            jdbc.sql("select ticket_number, score, coalesce(decided_at, scored_at) from qa_inspection"
                            + " where tenant_id = ? and score is not null and ticket_number in (" + placeholders + ")")
                    .params(concat(tenantId, page))
                    .query(rs -> {
                        scores.put(
                                rs.getString(1),
                                new Scored(
                                        rs.getBigDecimal(2), rs.getTimestamp(3).toInstant()));
                    });
        }
        return scores;
    }

    /** A ticket's final inspection score and when it became final. */
    public record Scored(BigDecimal score, Instant at) {}

    private static List<Object> concat(long tenantId, List<String> numbers) {
        List<Object> params = new ArrayList<>(numbers.size() + 1);
        params.add(tenantId);
        params.addAll(numbers);
        return params;
    }

    private Inspection find(long id, long tenantId) {
        return jdbc.sql("select " + COLUMNS + " from qa_inspection where id = ? and tenant_id = ?")
                .params(id, tenantId)
                .query((rs, row) -> inspection(rs, List.of()))
                .optional()
                .orElseThrow(() -> QaRefusedException.notFound(id));
    }

    private List<ItemScore> items(long inspectionId) {
        return jdbc.sql("select item_id, item_name, weight, red_line, points, breached, note from qa_item_score"
                        + " where inspection_id = ? order by id")
                .param(inspectionId)
                .query((rs, row) -> new ItemScore(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getBoolean(4),
                        rs.getObject(5, Integer.class),
                        rs.getBoolean(6),
                        rs.getString(7)))
                .list();
    }

    private static Inspection inspection(ResultSet rs, List<ItemScore> items) throws SQLException {
        return new Inspection(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getObject(4, Long.class),
                Inspection.Reason.valueOf(rs.getString(5)),
                Inspection.Status.valueOf(rs.getString(6)),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8),
                rs.getBigDecimal(9),
                rs.getBoolean(10),
                rs.getString(11),
                instant(rs.getTimestamp(12)),
                rs.getString(13),
                instant(rs.getTimestamp(14)),
                rs.getString(15),
                rs.getString(16),
                instant(rs.getTimestamp(17)),
                items);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static @Nullable String note(@Nullable Mark mark) {
        if (mark == null || mark.note() == null || mark.note().isBlank()) {
            return null;
        }
        String note = mark.note().strip();
        return note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void checkAny(Actor actor, Set<Role> roles) {
        if (!actor.hasAny(roles)) {
            throw new QaRefusedException(
                    Kind.FORBIDDEN, "error.qa.forbidden", "Quality inspection is for inspectors and supervisors.");
        }
    }
}
