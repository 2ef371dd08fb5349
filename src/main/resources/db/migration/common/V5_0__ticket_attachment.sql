-- ticket module: files attached to tickets and their messages; the bytes live in the attachment store
create sequence ticket_attachment_seq start with 1 increment by 50;

create table ticket_attachment (
    id               bigint primary key,
    tenant_id        bigint        not null references tenant (id),
    ticket_id        bigint        not null references ticket (id),
    message_id       bigint        references ticket_message (id),
    -- attached to an internal note: never shown to customers
    internal         boolean       not null,
    filename         varchar(220)  not null,
    -- read from the bytes (Apache Tika), never taken from the client
    content_type     varchar(120)  not null,
    size_bytes       bigint        not null,
    sha256           varchar(64)   not null,
    description      varchar(1000),
    storage_key      varchar(200)  not null,
    uploaded_by      bigint,
    uploaded_by_name varchar(200)  not null,
    created_at       timestamp(6) with time zone not null,
    constraint ticket_attachment_key_uk unique (storage_key)
);
create index ticket_attachment_ticket_idx on ticket_attachment (ticket_id, created_at, id);

-- a tenant's own attachment limits; tenants without a row use loopdesk.attachments.*
create table attachment_policy (
    tenant_id        bigint primary key references tenant (id),
    max_file_bytes   bigint  not null,
    max_ticket_bytes bigint  not null,
    version          integer not null
);
