package io.loopdesk.reporting.rollup;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Each ticket's fact as last folded in ({@code report_ticket}), with the time zone its days were counted in. */
@Repository
public class FactStore {

    /** A fact as folded, and the zone it was folded in. */
    public record Folded(TicketFact fact, ZoneId zone) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FactStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Map<Long, Folded> read(long tenantId, Collection<Long> ticketIds) {
        Map<Long, Folded> facts = new HashMap<>();
        List<Long> ids = List.copyOf(ticketIds);
        for (int from = 0; from < ids.size(); from += 500) {
            // by the primary key alone: after a bulk refold the statistics may still say the table is empty, and a
            // plan made then would walk the tenant's whole index range for every batch
            jdbc.sql("select ticket_id, tenant_id, zone, fact from report_ticket where ticket_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query(rs -> {
                        if (rs.getLong(2) == tenantId) {
                            facts.put(rs.getLong(1), new Folded(parse(rs.getString(4)), ZoneId.of(rs.getString(3))));
                        }
                    });
        }
        return facts;
    }

    /** Every fact of the tenant, one at a time: the nightly check rebuilds the rollups from them. */
    public void forEach(long tenantId, BiConsumer<TicketFact, ZoneId> consumer) {
        jdbc.sql("select zone, fact from report_ticket where tenant_id = ?")
                .param(tenantId)
                .query(rs -> {
                    consumer.accept(parse(rs.getString(2)), ZoneId.of(rs.getString(1)));
                });
    }

    /** Replaces the facts of these tickets; {@code existing} are the ids that have one now. */
    public void save(Collection<TicketFact> facts, ZoneId zone, Collection<Long> existing) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (TicketFact fact : facts) {
            String json = JSON.writeValueAsString(fact);
            if (existing.contains(fact.ticketId())) {
                updates.add(new Object[] {zone.getId(), json, fact.ticketId()});
            } else {
                inserts.add(new Object[] {fact.ticketId(), fact.tenantId(), zone.getId(), json});
            }
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("update report_ticket set zone = ?, fact = ? where ticket_id = ?", updates);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate(
                    "insert into report_ticket (ticket_id, tenant_id, zone, fact) values (?, ?, ?, ?)", inserts);
        }
    }

    public void delete(Collection<Long> ticketIds) {
        template.batchUpdate(
                "delete from report_ticket where ticket_id = ?",
                ticketIds.stream().map(id -> new Object[] {id}).toList());
    }

    private static TicketFact parse(String json) {
        return JSON.readValue(json, TicketFact.class);
    }
}
