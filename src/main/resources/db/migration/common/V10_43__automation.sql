-- a tenant's automations: rules its admins write, run in order when a ticket is created or updated, or once a
-- ticket has waited long enough in business time
create sequence automation_rule_seq start with 1 increment by 50;
create table automation_rule (
    id          bigint        primary key,
    tenant_id   bigint        not null references tenant (id),
    name        varchar(100)  not null,
    trigger_on  varchar(20)   not null, -- CREATED, UPDATED or TIMED
    anchor      varchar(20),            -- a TIMED rule's starting point: CREATED, UPDATED, RESOLVED, DUE
    hours       integer,                -- a TIMED rule's business hours since its anchor
    match_all   boolean       not null, -- every condition must hold, or any one
    conditions  varchar(8000) not null, -- JSON list of {subject, key, operator, value}
    actions     varchar(8000) not null, -- JSON list of {kind, key, value}
    position    integer       not null,
    active      boolean       not null,
    created_at  timestamp with time zone not null,
    version     integer       not null,
    constraint automation_rule_name_uk unique (tenant_id, name)
);

-- each time a rule ran on a ticket: once per rule, ticket and event (or time anchor), whichever node saw it first
create sequence automation_firing_seq;
create table automation_firing (
    id            bigint        primary key,
    tenant_id     bigint        not null references tenant (id),
    rule_id       bigint        not null references automation_rule (id) on delete cascade,
    ticket_id     bigint        not null references ticket (id),
    ticket_number varchar(32)   not null,
    event_key     varchar(200)  not null,
    outcome       varchar(20)   not null, -- FIRED, FAILED or STOPPED (a loop)
    reason        varchar(2000),          -- why it failed, as a phrase in JSON
    fired_at      timestamp with time zone not null,
    constraint automation_firing_once unique (rule_id, ticket_id, event_key)
);
create index automation_firing_rule_idx on automation_firing (rule_id, fired_at);
create index automation_firing_ticket_idx on automation_firing (ticket_id, rule_id, fired_at);
