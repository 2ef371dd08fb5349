package io.loopdesk.bench;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Open tickets as Loopdesk stores them, loaded by bulk SQL 100,000 per statement, in SQL that H2 and PostgreSQL
 * both run: the ticket, its history entry and first message, its SLA row, two running clocks and their two breach
 * timers (as {@link TimerBench} loads them, there in PostgreSQL's dialect).
 */
final class BulkTickets {

    private static final long ID_BASE = 100_000_000L;
    private static final int CHUNK = 100_000;
    /** Registration times spread over the 29 days before {@code now}: no SLA timer is due yet. */
    private static final String REGISTERED =
            "(cast(? as timestamp with time zone) - mod(g, 2505600) * interval '1' second)";

    private BulkTickets() {}

    static void load(Connection db, long tenantId, long customerId, int from, int to) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        for (int chunkStart = from; chunkStart <= to; chunkStart += CHUNK) {
            int chunkEnd = Math.min(to, chunkStart + CHUNK - 1);
            BenchDatabase.exec(
                    db,
                    "insert into ticket (id, tenant_id, number, channel, status, urgency, feedback_type, customer_name,"
                            + " contact_person, contact, product, title, description, requester_id, created_by,"
                            + " first_received_at, registered_at, updated_at, resolution_due_at, reopen_count, version,"
                            + " complaint, priority)"
                            + " select " + ID_BASE + " + g, ?, 'B' || g, 'WEB', 'NEW', 'NORMAL', 'FAULT',"
                            + " 'Bench customer', 'Bench', '13812341234', 'Bench product', 'Bench ticket ' || g,"
                            + " '门锁从昨天开始无法连接 WiFi，重置了三次也没有用，App 里一直显示离线，请尽快处理。 ' || g, ?, ?,"
                            + " " + REGISTERED + ", " + REGISTERED + ", " + REGISTERED + ", "
                            + REGISTERED + " + 60 * interval '1' day, 0, 0, false, 0"
                            + " from generate_series(?, ?) as s(g)",
                    tenantId,
                    customerId,
                    customerId,
                    now,
                    now,
                    now,
                    now,
                    chunkStart,
                    chunkEnd);
            long low = ID_BASE + chunkStart;
            long high = ID_BASE + chunkEnd;
            BenchDatabase.exec(
                    db,
                    "insert into ticket_history (id, tenant_id, ticket_id, actor_id, actor_name, occurred_at, field,"
                            + " old_value, new_value, note)"
                            + " select id, tenant_id, id, requester_id, 'Bench customer', registered_at, 'status', null,"
                            + " 'NEW', null from ticket where id between ? and ?",
                    low,
                    high);
            BenchDatabase.exec(
                    db,
                    "insert into ticket_message (id, tenant_id, ticket_id, kind, author_id, author_name, from_customer,"
                            + " body, created_at)"
                            + " select id, tenant_id, id, 'PUBLIC_REPLY', requester_id, 'Bench customer', true,"
                            + " '还是不行，麻烦再看一下。', registered_at from ticket where id between ? and ?",
                    low,
                    high);
            BenchDatabase.exec(
                    db,
                    "insert into sla_ticket (ticket_id, tenant_id, ticket_number, policy, tracked_since)"
                            + " select id, tenant_id, number, 'STANDARD', registered_at from ticket where id between ? and ?",
                    low,
                    high);
            for (String target : List.of("FIRST_RESPONSE", "RESOLUTION")) {
                long budget = target.equals("FIRST_RESPONSE") ? 30 * 86_400L : 60 * 86_400L;
                int offset = target.equals("FIRST_RESPONSE") ? 0 : 1;
                BenchDatabase.exec(
                        db,
                        "insert into sla_clock (id, tenant_id, ticket_id, target, basis, budget_seconds, phase, cycle,"
                                + " spent_seconds, running_since, due_at, warn_at, stopped_at, warned_cycle,"
                                + " breached_cycle, timer_at, version)"
                                + " select 2 * id + " + offset + ", tenant_id, id, ?, 'CALENDAR', " + budget
                                + ", 'RUNNING', 1, 0, registered_at, registered_at + " + budget
                                + " * interval '1' second,"
                                + " registered_at + " + budget * 3 / 4 + " * interval '1' second, null, 1, 0,"
                                + " registered_at + " + budget + " * interval '1' second, 0"
                                + " from ticket where id between ? and ?",
                        target,
                        low,
                        high);
            }
        }
    }
}
