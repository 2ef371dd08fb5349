-- chat module: live conversations between a visitor (anonymous, holding a secret token, or a signed-in customer) and
-- the agents of one tenant. Each message is numbered within its chat, so a client that lost its connection asks for
-- what came after the last number it saw; a visitor's own id for a message makes a resend harmless.
create sequence chat_seq start with 1 increment by 50;

create table chat (
    id                 bigint primary key,
    tenant_id          bigint        not null references tenant (id),
    status             varchar(12)   not null,
    visitor_name       varchar(100)  not null,
    visitor_key_hash   varchar(64)   not null,
    visitor_key_until  timestamp(6) with time zone not null,
    agent_id           bigint,
    agent_name         varchar(200),
    started_at         timestamp(6) with time zone not null,
    agent_joined_at    timestamp(6) with time zone,
    first_response_at  timestamp(6) with time zone,
    closed_at          timestamp(6) with time zone,
    ticket_number      varchar(32), -- the CHAT ticket its transcript was filed on when it ended
    last_seq           integer       not null,
    version            bigint        not null,
    constraint chat_visitor_key_uq unique (visitor_key_hash)
);
create index chat_tenant_status_idx on chat (tenant_id, status, started_at);

create sequence chat_message_seq start with 1 increment by 50;

create table chat_message (
    id          bigint primary key,
    tenant_id   bigint        not null references tenant (id),
    chat_id     bigint        not null references chat (id),
    seq         integer       not null,
    client_id   varchar(64),
    author      varchar(8)    not null,
    author_name varchar(200)  not null,
    body        varchar(2000) not null,
    sent_at     timestamp(6) with time zone not null,
    constraint chat_message_seq_uq unique (chat_id, seq),
    constraint chat_message_client_uq unique (chat_id, client_id)
);
