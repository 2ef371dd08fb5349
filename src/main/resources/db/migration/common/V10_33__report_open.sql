-- reporting module: the open tickets by every breakdown (team, agent, both category levels, channel, urgency,
-- product and the whole tenant), status and day of registration in the tenant's time zone, kept by the fold, so the
-- live wall and a report's "open now" count a tenant's backlog from a few thousand rows. Replaces report_backlog
-- (status and team only, days in UTC).
create table report_open (
    tenant_id      bigint       not null references tenant (id),
    registered_day bigint       not null, -- days since 1970-01-01 in the tenant's time zone
    dim            varchar(16)  not null,
    dim_value      varchar(200) not null,
    status         varchar(32)  not null,
    tickets        bigint       not null,
    constraint report_open_pk primary key (tenant_id, registered_day, dim, dim_value, status)
);
create index report_open_dim_idx on report_open (tenant_id, dim, registered_day);

drop table report_backlog;

-- the nightly check fills report_open from the folded facts; a tenant never checked is checked at once
delete from report_state;
