-- side conversations: from a ticket, by e-mail with someone who is not its customer (a merchant, a vendor, R&D)
create sequence side_conversation_seq start with 1 increment by 50;
create table side_conversation (
    id               bigint        primary key,
    tenant_id        bigint        not null references tenant (id),
    ticket_id        bigint        not null references ticket (id),
    ticket_number    varchar(32)   not null,
    subject          varchar(300)  not null,
    counterpart      varchar(254)  not null, -- the e-mail address written to; only its answers join
    status           varchar(10)   not null,
    started_by       varchar(200)  not null,
    started_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null
);
create index side_conversation_ticket_idx on side_conversation (ticket_id, started_at);

create sequence side_message_seq start with 1 increment by 50;
create table side_message (
    id              bigint          primary key,
    tenant_id       bigint          not null references tenant (id),
    conversation_id bigint          not null references side_conversation (id),
    outgoing        boolean         not null,
    author_name     varchar(200)    not null,
    body            varchar(100000) not null,
    created_at      timestamp(6) with time zone not null
);
create index side_message_conversation_idx on side_message (conversation_id, id);

-- a side conversation's e-mail goes through the same outbox as replies; answers find the conversation by its id
alter table reply_mail add column side_conversation bigint;
alter table reply_mail add column side_message bigint;
alter table reply_mail add constraint reply_mail_side_uk unique (side_message);
