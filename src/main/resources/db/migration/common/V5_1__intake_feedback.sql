-- intake module: brands' apps that submit feedback with their key, and each submission with its ticket
create sequence feedback_app_seq start with 1 increment by 50;

create table feedback_app (
    id           bigint primary key,
    tenant_id    bigint       not null references tenant (id),
    name         varchar(100) not null,
    product      varchar(200),
    -- SHA-256 of the key; the key itself is shown once and never stored
    key_hash     varchar(64)  not null,
    key_prefix   varchar(16)  not null,
    created_by   bigint,
    created_at   timestamp(6) with time zone not null,
    rotated_at   timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    last_used_at timestamp(6) with time zone,
    version      integer      not null,
    constraint feedback_app_key_uk unique (key_hash)
);
create index feedback_app_tenant_idx on feedback_app (tenant_id, name);

create sequence feedback_submission_seq start with 1 increment by 50;

create table feedback_submission (
    id              bigint primary key,
    tenant_id       bigint       not null references tenant (id),
    app_id          bigint       not null references feedback_app (id),
    idempotency_key varchar(255),
    request_hash    varchar(64)  not null,
    ticket_number   varchar(32),
    created_at      timestamp(6) with time zone not null,
    -- of two racing twins only one can commit: the retry finds the first one's ticket
    constraint feedback_submission_key_uk unique (app_id, idempotency_key)
);
create index feedback_submission_ticket_idx on feedback_submission (ticket_number);
