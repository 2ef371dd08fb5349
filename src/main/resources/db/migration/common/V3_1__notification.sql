-- notification module: the outbox of e-mails, text messages and in-app notices, and the delivery log
create sequence notification_seq start with 1 increment by 50;

create table notification (
    id            bigint primary key,
    tenant_id     bigint        not null references tenant (id),
    channel       varchar(10)   not null,
    address       varchar(320)  not null,
    user_id       bigint,
    subject       varchar(500)  not null,
    body          varchar(10000) not null,
    ticket_number varchar(32),
    status        varchar(10)   not null,
    attempts      integer       not null,
    created_at    timestamp(6) with time zone not null,
    not_before    timestamp(6) with time zone not null,
    sent_at       timestamp(6) with time zone,
    read_at       timestamp(6) with time zone,
    last_error    varchar(1000),
    version       integer       not null
);
-- the in-app list and the unread count in every staff page header
create index notification_user_idx on notification (user_id, channel, status, read_at);
create index notification_ticket_idx on notification (ticket_number, created_at);

create sequence notification_delivery_seq start with 1 increment by 50;

-- append-only: one row per delivery attempt
create table notification_delivery (
    id              bigint primary key,
    tenant_id       bigint        not null references tenant (id),
    notification_id bigint        not null references notification (id),
    attempt         integer       not null,
    provider        varchar(50)   not null,
    outcome         varchar(10)   not null,
    detail          varchar(1000) not null,
    attempted_at    timestamp(6) with time zone not null
);
create index notification_delivery_notification_idx on notification_delivery (notification_id, attempted_at);
