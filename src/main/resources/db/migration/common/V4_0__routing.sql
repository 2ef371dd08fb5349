-- routing module: categories, classification, routing settings, agents' skills and presence, shifts,
-- the assignment queue, assignments, handovers (transfer, dispatch, escalation) and major incidents

create sequence category_seq start with 1 increment by 50;
create table category (
    id          bigint primary key,
    tenant_id   bigint       not null references tenant (id),
    code        varchar(100) not null,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    team_id     bigint,
    skill       varchar(50),
    constraint category_code_uk unique (tenant_id, code)
);

create sequence classification_rule_seq start with 1 increment by 50;
create table classification_rule (
    id            bigint primary key,
    tenant_id     bigint        not null references tenant (id),
    category_code varchar(100)  not null,
    phrases       varchar(4000) not null,
    weight        integer       not null
);
create index classification_rule_tenant_idx on classification_rule (tenant_id);

-- every automatic result and every human decision; the human ones are the classifier's training data
create sequence classification_seq start with 1 increment by 50;
create table classification (
    id            bigint primary key,
    tenant_id     bigint        not null references tenant (id),
    ticket_number varchar(32)   not null,
    category_code varchar(100)  not null,
    guessed_code  varchar(100),
    confidence    double precision not null,
    method        varchar(20)   not null,
    text          varchar(4000) not null,
    decided_by    bigint,
    decided_at    timestamp(6) with time zone not null,
    pending       boolean       not null
);
create index classification_ticket_idx on classification (ticket_number, decided_at);
create index classification_pending_idx on classification (tenant_id, pending, decided_at);
create index classification_training_idx on classification (tenant_id, method, decided_at);

create table routing_settings (
    tenant_id            bigint primary key references tenant (id),
    confidence_threshold double precision not null,
    default_cap          integer not null,
    auto_assign          boolean not null,
    senior_team_id       bigint,
    expert_team_id       bigint,
    incident_window_min  integer not null,
    incident_threshold   integer not null,
    version              integer not null
);

create table agent_profile (
    user_id        bigint primary key,
    tenant_id      bigint       not null references tenant (id),
    skills         varchar(500) not null,
    ticket_cap     integer,
    on_duty        boolean      not null,
    duty_since     timestamp(6) with time zone,
    last_assigned  timestamp(6) with time zone,
    version        integer      not null
);
create index agent_profile_duty_idx on agent_profile (tenant_id, on_duty);

create sequence shift_seq start with 1 increment by 50;
create table shift (
    id          bigint primary key,
    tenant_id   bigint      not null references tenant (id),
    team_id     bigint      not null,
    day_of_week varchar(10) not null,
    starts_at   varchar(5)  not null,
    ends_at     varchar(5)  not null,
    time_zone   varchar(60) not null
);
create index shift_team_idx on shift (team_id);

-- tickets waiting for an automatic assignment; an agent takes the first by priority, then age
create table routing_queue (
    ticket_id     bigint primary key,
    tenant_id     bigint       not null references tenant (id),
    ticket_number varchar(32)  not null,
    team_id       bigint,
    skill         varchar(50),
    priority      integer      not null,
    enqueued_at   timestamp(6) with time zone not null,
    attempts      integer      not null
);
create index routing_queue_order_idx on routing_queue (tenant_id, priority desc, enqueued_at);

-- who holds which open ticket: the load every assignment decision counts
create table assignment (
    ticket_id     bigint primary key,
    tenant_id     bigint      not null references tenant (id),
    ticket_number varchar(32) not null,
    agent_id      bigint      not null,
    team_id       bigint,
    status        varchar(30) not null,
    priority      integer     not null,
    active        boolean     not null,
    assigned_at   timestamp(6) with time zone not null
);
create index assignment_agent_idx on assignment (agent_id, active);

create sequence handover_seq start with 1 increment by 50;
create table handover (
    id             bigint primary key,
    tenant_id      bigint        not null references tenant (id),
    ticket_number  varchar(32)   not null,
    kind           varchar(20)   not null,
    from_agent_id  bigint,
    to_agent_id    bigint,
    to_team_id     bigint,
    level          varchar(20),
    note           varchar(4000) not null,
    open           boolean       not null,
    created_by     bigint,
    created_at     timestamp(6) with time zone not null,
    closed_at      timestamp(6) with time zone
);
create index handover_ticket_idx on handover (ticket_number, created_at);
create index handover_open_idx on handover (kind, open, created_at);

create sequence incident_seq start with 1 increment by 50;
create table incident (
    id             bigint primary key,
    tenant_id      bigint        not null references tenant (id),
    title          varchar(300)  not null,
    description    varchar(4000) not null,
    category_code  varchar(100),
    status         varchar(20)   not null,
    declared_by    bigint,
    declared_at    timestamp(6) with time zone not null,
    resolved_at    timestamp(6) with time zone,
    resolution     varchar(4000),
    version        integer       not null
);
create index incident_tenant_status_idx on incident (tenant_id, status, declared_at);

create table incident_ticket (
    incident_id   bigint      not null references incident (id),
    ticket_number varchar(32) not null,
    primary key (incident_id, ticket_number)
);
create index incident_ticket_number_idx on incident_ticket (ticket_number);
