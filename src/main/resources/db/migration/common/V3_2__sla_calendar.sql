-- sla module: business calendars saved by tenant admins, one per tenant (team_key 0) and per team
create sequence sla_calendar_seq start with 1 increment by 50;

create table sla_calendar (
    id        bigint primary key,
    tenant_id bigint       not null references tenant (id),
    team_key  bigint       not null,
    zone      varchar(60)  not null,
    monday    varchar(200) not null,
    tuesday   varchar(200) not null,
    wednesday varchar(200) not null,
    thursday  varchar(200) not null,
    friday    varchar(200) not null,
    saturday  varchar(200) not null,
    sunday    varchar(200) not null,
    version   integer      not null,
    constraint sla_calendar_team_uk unique (tenant_id, team_key)
);

create table sla_calendar_day (
    calendar_id bigint       not null references sla_calendar (id) on delete cascade,
    special_date date        not null,
    name        varchar(100) not null,
    kind        varchar(20)  not null,
    constraint sla_calendar_day_uk unique (calendar_id, special_date)
);
