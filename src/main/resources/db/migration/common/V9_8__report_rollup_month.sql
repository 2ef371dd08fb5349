-- reporting module: each month's rollup rows beside the days' (the sum of the month's day rows, keyed by its first
-- day), so a year's report reads twelve rows a breakdown value instead of 365.
create table report_rollup_month (
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
    constraint report_rollup_month_pk primary key (tenant_id, dim, on_day, dim_value)
);

-- Existing rollups have no month rows yet: fold every ticket again from scratch (the facts and rows are derived
-- data, rebuilt from the tickets by the fold within minutes of the upgrade).
delete from report_rollup;
delete from report_term;
delete from report_ticket;
insert into report_mark (ticket_id, tenant_id, mark)
select id, tenant_id, 0 from ticket where id not in (select ticket_id from report_mark);
