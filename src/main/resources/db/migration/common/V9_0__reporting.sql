-- reporting module: rollups kept current as tickets change (REQUIREMENTS §9, §11).
-- Tickets whose figures changed since they were last folded in: written in the transaction of the change, so none
-- is missed; mark changes whenever the ticket changes again, so a fold only clears the mark it read.
create table report_mark (
    ticket_id bigint primary key,
    tenant_id bigint not null references tenant (id),
    mark      bigint not null
);
create index report_mark_tenant_idx on report_mark (tenant_id);

-- Each ticket's fact as last folded in (JSON of io.loopdesk.reporting.rollup.TicketFact) and the time zone its days
-- were counted in: a change folds in as the difference between the old fact and the new one.
create table report_ticket (
    ticket_id bigint primary key,
    tenant_id bigint       not null references tenant (id),
    zone      varchar(64)  not null,
    fact      varchar(8000) not null
);
create index report_ticket_tenant_idx on report_ticket (tenant_id, ticket_id);

-- One row per tenant, breakdown value and day (tenant's time zone): the counts of io.loopdesk.reporting.rollup.Measure
-- and the duration spreads (Base64 of DurationHistogram) of io.loopdesk.reporting.rollup.Spread.
create table report_rollup (
    tenant_id bigint       not null references tenant (id),
    dim       varchar(16)  not null,
    on_day    date         not null,
    dim_value varchar(200) not null,
    received                       bigint not null default 0,
    solved                         bigint not null default 0,
    closed                         bigint not null default 0,
    reopened                       bigint not null default 0,
    first_contact_resolved         bigint not null default 0,
    transferred                    bigint not null default 0,
    escalated                      bigint not null default 0,
    dispatched                     bigint not null default 0,
    dispatches                     bigint not null default 0,
    complaints                     bigint not null default 0,
    responded                      bigint not null default 0,
    response_seconds               bigint not null default 0,
    response_business_seconds      bigint not null default 0,
    resolution_seconds             bigint not null default 0,
    resolution_business_seconds    bigint not null default 0,
    rated                          bigint not null default 0,
    rating_speed_sum               bigint not null default 0,
    rating_expertise_sum           bigint not null default 0,
    rating_resolution_sum          bigint not null default 0,
    rating_attitude_sum            bigint not null default 0,
    satisfied                      bigint not null default 0,
    neutral                        bigint not null default 0,
    dissatisfied                   bigint not null default 0,
    first_response_met             bigint not null default 0,
    first_response_breached        bigint not null default 0,
    expected_resolution_met        bigint not null default 0,
    expected_resolution_breached   bigint not null default 0,
    next_response_met              bigint not null default 0,
    next_response_breached         bigint not null default 0,
    resolution_met                 bigint not null default 0,
    resolution_breached            bigint not null default 0,
    spread_response                varchar(20000),
    spread_response_business       varchar(20000),
    spread_resolution              varchar(20000),
    spread_resolution_business     varchar(20000),
    constraint report_rollup_pk primary key (tenant_id, dim, on_day, dim_value)
);
-- the operators' view across tenants reads the ALL rows of every tenant by day
create index report_rollup_day_idx on report_rollup (dim, on_day, tenant_id);

-- when each tenant's rollups were last checked against the facts (the nightly check)
create table report_state (
    tenant_id     bigint primary key references tenant (id),
    reconciled_on date   not null
);
