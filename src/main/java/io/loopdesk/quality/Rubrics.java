package io.loopdesk.quality;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException.Kind;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each tenant's scoring rubric ({@code qa_rubric_item}). A tenant starts with a rubric of the seeds' concerns (polite
 * forms, a correct and complete answer, in time, the right process, complete records) and three red lines (abusive
 * words, a wrong status, a secret left in plain text); its admins change weights, add items and retire them.
 * Retired items stay with the inspections that used them.
 */
@Service
public class Rubrics {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 500;

    /** The rubric a tenant starts with: name key, weight, red line. */
    private static final List<Object[]> STARTING = List.of(
            new Object[] {"qa.item.polite", 20, false},
            new Object[] {"qa.item.correct", 30, false},
            new Object[] {"qa.item.timely", 20, false},
            new Object[] {"qa.item.process", 20, false},
            new Object[] {"qa.item.records", 10, false},
            new Object[] {"qa.item.abusive", 0, true},
            new Object[] {"qa.item.wrongStatus", 0, true},
            new Object[] {"qa.item.secret", 0, true});

    private final JdbcClient jdbc;
    private final org.springframework.context.MessageSource messages;
    private final Tenants tenants;

    Rubrics(JdbcClient jdbc, org.springframework.context.MessageSource messages, Tenants tenants) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.tenants = tenants;
    }

    /** The items inspectors score now, in order; a tenant without a rubric gets the starting one. */
    @Transactional
    public List<RubricItem> active(long tenantId) {
        return all(tenantId).stream().filter(RubricItem::active).toList();
    }

    /**
     * Every item, retired ones too, in order. A tenant's first look at its rubric writes the starting one, named in
     * the tenant's own language (its admins rename nothing: they retire and add), whoever looks first.
     */
    @Transactional
    public List<RubricItem> all(long tenantId) {
        List<RubricItem> items = read(tenantId);
        if (items.isEmpty()) {
            java.util.Locale language =
                    tenants.byId(tenantId).map(TenantInfo::defaultLocale).orElse(java.util.Locale.SIMPLIFIED_CHINESE);
            int position = 0;
            for (Object[] item : STARTING) {
                String key = (String) item[0];
                jdbc.sql("insert into qa_rubric_item (tenant_id, position, name, description, weight, red_line,"
                                + " active) values (?, ?, ?, ?, ?, ?, true)")
                        .params(
                                tenantId,
                                position++,
                                messages.getMessage(key, null, key, language),
                                messages.getMessage(key + ".hint", null, null, language),
                                item[1],
                                item[2])
                        .update();
            }
            items = read(tenantId);
        }
        return items;
    }

    /** Adds an item at the end; for tenant admins. */
    @Transactional
    public RubricItem add(String name, @Nullable String description, int weight, boolean redLine, Actor actor) {
        check(actor);
        checkItem(name, description, weight, redLine);
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from qa_rubric_item where tenant_id = ?")
                .param(actor.tenantId())
                .query(Integer.class)
                .single();
        jdbc.sql("insert into qa_rubric_item (tenant_id, position, name, description, weight, red_line, active)"
                        + " values (?, ?, ?, ?, ?, ?, true)")
                .params(
                        actor.tenantId(),
                        position,
                        name.strip(),
                        blankToNull(description),
                        redLine ? 0 : weight,
                        redLine)
                .update();
        return read(actor.tenantId()).getLast();
    }

    /** Changes an item's weight, or retires or restores it; for tenant admins. */
    @Transactional
    public void change(long itemId, int weight, boolean active, Actor actor) {
        check(actor);
        RubricItem item = read(actor.tenantId()).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new QaRefusedException(
                        Kind.NOT_FOUND, "error.qa.item.notFound", "No rubric item " + itemId + ".", itemId));
        if (!item.redLine() && (weight < 1 || weight > 100)) {
            throw new QaRefusedException(
                    List.of(new FieldProblem("weight", "qa.item.weight.range", "Give an item a weight of 1 to 100.")));
        }
        jdbc.sql("update qa_rubric_item set weight = ?, active = ? where id = ? and tenant_id = ?")
                .params(item.redLine() ? 0 : weight, active, itemId, actor.tenantId())
                .update();
    }

    private List<RubricItem> read(long tenantId) {
        return jdbc.sql("select id, position, name, description, weight, red_line, active from qa_rubric_item"
                        + " where tenant_id = ? order by position, id")
                .param(tenantId)
                .query((rs, row) -> new RubricItem(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getBoolean(6),
                        rs.getBoolean(7)))
                .list();
    }

    private static void checkItem(String name, @Nullable String description, int weight, boolean redLine) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            problems.add(new FieldProblem(
                    "name", "qa.item.name.required", "Name the item in at most " + MAX_NAME + " characters."));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem(
                    "description", "qa.item.description.too-long", "Describe the item in at most 500 characters."));
        }
        if (!redLine && (weight < 1 || weight > 100)) {
            problems.add(new FieldProblem("weight", "qa.item.weight.range", "Give an item a weight of 1 to 100."));
        }
        if (!problems.isEmpty()) {
            throw new QaRefusedException(problems);
        }
    }

    private static void check(Actor actor) {
        if (!actor.hasAny(Set.of(Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR))) {
            throw new QaRefusedException(
                    Kind.FORBIDDEN, "error.qa.rubric.forbidden", "Only tenant admins change the rubric.");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
