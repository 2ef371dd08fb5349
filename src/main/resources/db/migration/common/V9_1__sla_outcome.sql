-- sla module: the outcome of each cycle of a ticket's SLA clocks, settled once (met: stopped within the budget;
-- missed: its breach recorded) and published as SlaOutcome in the same transaction; reports check their figures
-- against it.
create sequence sla_outcome_seq start with 1 increment by 50;
create table sla_outcome (
    id            bigint primary key,
    tenant_id     bigint      not null references tenant (id),
    ticket_id     bigint      not null references ticket (id),
    ticket_number varchar(32) not null,
    target        varchar(30) not null,
    cycle         integer     not null,
    met           boolean     not null,
    due_at        timestamp(6) with time zone not null,
    settled_at    timestamp(6) with time zone not null,
    constraint sla_outcome_once_uk unique (ticket_id, target, cycle)
);

-- up to which cycle a clock's outcome is settled: cycles settle in order
alter table sla_clock add column settled_cycle integer default 0 not null;

-- Reopening now starts a new cycle of the resolution clock (it resumed the old one before). A clock of a reopened
-- ticket gets its new number at its next replay: 1 + the reopenings. What was warned, breached and settled in its
-- current cycle counts for that number, so the renumbering sends no second warning or breach.
update sla_clock set
    warned_cycle = case when warned_cycle >= cycle
        then cycle + (select t.reopen_count from ticket t where t.id = sla_clock.ticket_id) else warned_cycle end,
    breached_cycle = case when breached_cycle >= cycle
        then cycle + (select t.reopen_count from ticket t where t.id = sla_clock.ticket_id) else breached_cycle end
where target = 'RESOLUTION'
  and exists (select 1 from ticket t where t.id = sla_clock.ticket_id and t.reopen_count > 0);

-- Every cycle that stopped or was breached before this version counts as settled (those before the current one
-- are not known any more), so no outcome of the past is published now; what they were is filled in below.
update sla_clock set settled_cycle =
    (case when phase = 'STOPPED' or breached_cycle >= cycle then cycle else cycle - 1 end)
    + case when target = 'RESOLUTION'
        then (select t.reopen_count from ticket t where t.id = sla_clock.ticket_id) else 0 end;

insert into sla_outcome (id, tenant_id, ticket_id, ticket_number, target, cycle, met, due_at, settled_at)
select nextval('sla_outcome_seq'), tenant_id, ticket_id, ticket_number, target, cycle, false, due_at, recorded_at
from sla_breach;

insert into sla_outcome (id, tenant_id, ticket_id, ticket_number, target, cycle, met, due_at, settled_at)
select nextval('sla_outcome_seq'), c.tenant_id, c.ticket_id, s.ticket_number, c.target,
       c.cycle + case when c.target = 'RESOLUTION'
           then (select t.reopen_count from ticket t where t.id = c.ticket_id) else 0 end,
       true, c.due_at, c.stopped_at
from sla_clock c join sla_ticket s on s.ticket_id = c.ticket_id
where c.phase = 'STOPPED' and c.breached_cycle < c.cycle and c.spent_seconds <= c.budget_seconds
  and c.due_at is not null and c.stopped_at is not null;
