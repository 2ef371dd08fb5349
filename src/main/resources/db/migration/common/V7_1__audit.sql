-- audit module: every record is chained to the one before it in its tenant's trail (tenant 0: the platform's own),
-- by a SHA-256 over the previous record's hash and this record's fields; changing or removing a record breaks the
-- chain at that point, which verification reports
create sequence audit_record_seq start with 1 increment by 1;

create table audit_record (
    id            bigint primary key,
    tenant_id     bigint        not null,
    chain_seq     bigint        not null,
    occurred_at   timestamp(6) with time zone not null,
    actor_id      bigint,
    actor_name    varchar(200)  not null,
    address       varchar(64),
    action        varchar(100)  not null,
    subject       varchar(300)  not null,
    before_value  text,
    after_value   text,
    previous_hash varchar(64)   not null,
    hash          varchar(64)   not null,
    constraint audit_record_chain_uk unique (tenant_id, chain_seq)
);
create index audit_record_action_idx on audit_record (tenant_id, action, chain_seq);

-- the head of each tenant's chain: locked while a record is appended, so records of one tenant chain in order
create table audit_chain (
    tenant_id bigint      primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
