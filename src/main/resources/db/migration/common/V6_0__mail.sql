-- intake module, e-mail channel: support mailboxes, every mail read (kept as it arrived), and the outbox of replies

create sequence mailbox_seq start with 1 increment by 50;
create table mailbox (
    id               bigint primary key,
    tenant_id        bigint        not null references tenant (id),
    name             varchar(100)  not null,
    address          varchar(254)  not null,
    protocol         varchar(10)   not null,
    host             varchar(255)  not null,
    port             integer       not null,
    username         varchar(254)  not null,
    secret           varchar(1000) not null,
    folder           varchar(100)  not null,
    smtp_host        varchar(255)  not null,
    smtp_port        integer       not null,
    smtp_security    varchar(10)   not null,
    smtp_username    varchar(254),
    smtp_secret      varchar(1000),
    enabled          boolean       not null,
    status           varchar(20)   not null,
    last_error       varchar(2000),
    last_polled_at   timestamp(6) with time zone,
    last_success_at  timestamp(6) with time zone,
    failing_since    timestamp(6) with time zone,
    alerted_at       timestamp(6) with time zone,
    lease_owner      varchar(100),
    lease_until      timestamp(6) with time zone,
    version          integer       not null,
    constraint mailbox_address_uk unique (tenant_id, address)
);

create sequence inbound_mail_seq start with 1 increment by 50;
create table inbound_mail (
    id            bigint primary key,
    tenant_id     bigint        not null references tenant (id),
    mailbox_id    bigint        not null references mailbox (id),
    message_id    varchar(500)  not null,
    kind          varchar(20)   not null,
    outcome       varchar(20)   not null,
    ticket_number varchar(32),
    sender        varchar(254),
    subject       varchar(1000),
    reason        varchar(2000),
    received_at   timestamp(6) with time zone not null,
    size_bytes    integer       not null,
    constraint inbound_mail_message_uk unique (tenant_id, message_id)
);
create index inbound_mail_ticket_idx on inbound_mail (ticket_number);
create index inbound_mail_outcome_idx on inbound_mail (tenant_id, outcome, received_at);

create sequence mail_outbox_seq start with 1 increment by 50;
create table mail_outbox (
    id              bigint primary key,
    tenant_id       bigint        not null references tenant (id),
    mailbox_id      bigint        not null references mailbox (id),
    ticket_number   varchar(32)   not null,
    source_message  bigint,
    message_id      varchar(500)  not null,
    in_reply_to     varchar(500),
    references_ids  varchar(4000),
    recipient       varchar(254)  not null,
    subject         varchar(1000) not null,
    body            varchar(100000) not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error      varchar(2000),
    created_at      timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    constraint mail_outbox_message_uk unique (message_id),
    constraint mail_outbox_source_uk unique (source_message)
);
create index mail_outbox_due_idx on mail_outbox (status, next_attempt_at);
create index mail_outbox_ticket_idx on mail_outbox (ticket_number);
