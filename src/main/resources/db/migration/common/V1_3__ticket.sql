-- ticket module: the ticket, its messages, progress records, history and per-tenant form rules
create sequence ticket_seq start with 1 increment by 50;
-- the human-readable ticket number: one database sequence keeps it unique across application nodes
create sequence ticket_number_seq start with 1 increment by 1;

create table ticket (
    id                    bigint primary key,
    tenant_id             bigint        not null references tenant (id),
    number                varchar(32)   not null,
    channel               varchar(20)   not null,
    status                varchar(30)   not null,
    urgency               varchar(10)   not null,
    feedback_type         varchar(20)   not null,
    category              varchar(100),
    customer_name         varchar(200),
    contact_person        varchar(200),
    contact               varchar(254),
    product               varchar(200),
    title                 varchar(300)  not null,
    description           varchar(100000) not null,
    external_user_id      varchar(100),
    phone                 varchar(30),
    device_os             varchar(100),
    device_model          varchar(100),
    app_version           varchar(50),
    location              varchar(100),
    live_room_id          varchar(100),
    product_link          varchar(1000),
    order_number          varchar(100),
    requester_id          bigint,
    created_by            bigint,
    assignee_id           bigint,
    first_received_at     timestamp(6) with time zone not null,
    registered_at         timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    first_response_at     timestamp(6) with time zone,
    resolved_at           timestamp(6) with time zone,
    closed_at             timestamp(6) with time zone,
    resolution_due_at     timestamp(6) with time zone not null,
    reopen_count          integer       not null,
    version               integer       not null,
    constraint ticket_number_uk unique (number)
);
create index ticket_tenant_registered_idx on ticket (tenant_id, registered_at, id);
create index ticket_tenant_status_idx on ticket (tenant_id, status, registered_at);
create index ticket_assignee_status_idx on ticket (assignee_id, status);
create index ticket_requester_idx on ticket (requester_id, registered_at);
create index ticket_tenant_category_idx on ticket (tenant_id, category);
create index ticket_tenant_updated_idx on ticket (tenant_id, updated_at, id);

create sequence ticket_message_seq start with 1 increment by 50;

create table ticket_message (
    id          bigint primary key,
    tenant_id   bigint         not null references tenant (id),
    ticket_id   bigint         not null references ticket (id),
    kind        varchar(20)    not null,
    author_id   bigint,
    author_name varchar(200)   not null,
    from_customer boolean      not null,
    body        varchar(100000) not null,
    created_at  timestamp(6) with time zone not null
);
create index ticket_message_ticket_idx on ticket_message (ticket_id, created_at);

create sequence ticket_progress_seq start with 1 increment by 50;

create table ticket_progress (
    id                      bigint primary key,
    tenant_id               bigint        not null references tenant (id),
    ticket_id               bigint        not null references ticket (id),
    handler_id              bigint,
    handler_name            varchar(200)  not null,
    stage                   varchar(30)   not null,
    label                   varchar(30)   not null,
    details                 varchar(20000) not null,
    estimated_completion_at timestamp(6) with time zone,
    actual_completion_at    timestamp(6) with time zone,
    parts_replaced          varchar(1000),
    on_site_visit           boolean       not null,
    created_at              timestamp(6) with time zone not null
);
create index ticket_progress_ticket_idx on ticket_progress (ticket_id, created_at);

create sequence ticket_history_seq start with 1 increment by 50;

-- append-only: no code path updates or deletes a row (PostgreSQL also refuses it, see postgresql/)
create table ticket_history (
    id          bigint primary key,
    tenant_id   bigint        not null references tenant (id),
    ticket_id   bigint        not null references ticket (id),
    actor_id    bigint,
    actor_name  varchar(200)  not null,
    occurred_at timestamp(6) with time zone not null,
    field       varchar(50)   not null,
    old_value   varchar(2000),
    new_value   varchar(2000),
    note        varchar(2000)
);
create index ticket_history_ticket_idx on ticket_history (ticket_id, occurred_at, id);

create table ticket_form_policy (
    tenant_id              bigint primary key references tenant (id),
    min_description_length integer      not null,
    required_fields        varchar(500) not null,
    allowed_contact_kinds  varchar(50)  not null,
    version                integer      not null
);
