-- ticket module: passwords and keys found in ticket text; the text keeps a mask, the original is kept encrypted
create sequence ticket_secret_seq start with 1 increment by 50;

create table ticket_secret (
    id         bigint primary key,
    tenant_id  bigint       not null references tenant (id),
    ticket_id  bigint       not null references ticket (id),
    message_id bigint       references ticket_message (id),
    kind       varchar(20)  not null,
    -- AES-256-GCM, base64: nonce and ciphertext
    sealed     varchar(4000) not null,
    created_at timestamp(6) with time zone not null
);
create index ticket_secret_ticket_idx on ticket_secret (ticket_id, id);
