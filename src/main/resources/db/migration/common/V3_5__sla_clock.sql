-- sla module: tracked tickets, their clocks and the recorded breaches
create table sla_ticket (
    ticket_id     bigint primary key references ticket (id),
    tenant_id     bigint      not null references tenant (id),
    ticket_number varchar(32) not null,
    policy        varchar(20) not null,
    tracked_since timestamp(6) with time zone not null,
    constraint sla_ticket_number_uk unique (ticket_number)
);

create sequence sla_clock_seq start with 1 increment by 50;

create table sla_clock (
    id             bigint primary key,
    tenant_id      bigint      not null references tenant (id),
    ticket_id      bigint      not null references sla_ticket (ticket_id),
    target         varchar(30) not null,
    basis          varchar(10) not null,
    budget_seconds bigint      not null,
    phase          varchar(10) not null,
    cycle          integer     not null,
    spent_seconds  bigint      not null,
    running_since  timestamp(6) with time zone,
    due_at         timestamp(6) with time zone,
    warn_at        timestamp(6) with time zone,
    stopped_at     timestamp(6) with time zone,
    warned_cycle   integer     not null,
    breached_cycle integer     not null,
    generation     integer     not null,
    version        integer     not null,
    constraint sla_clock_target_uk unique (ticket_id, target)
);

create sequence sla_breach_seq start with 1 increment by 50;

-- append-only in practice: one row per missed target and cycle, for reports
create table sla_breach (
    id            bigint primary key,
    tenant_id     bigint      not null references tenant (id),
    ticket_id     bigint      not null references ticket (id),
    ticket_number varchar(32) not null,
    target        varchar(30) not null,
    cycle         integer     not null,
    policy        varchar(20) not null,
    due_at        timestamp(6) with time zone not null,
    recorded_at   timestamp(6) with time zone not null,
    assignee_id   bigint,
    team_id       bigint,
    critical      boolean     not null,
    constraint sla_breach_once_uk unique (ticket_id, target, cycle)
);
create index sla_breach_tenant_due_idx on sla_breach (tenant_id, due_at);
