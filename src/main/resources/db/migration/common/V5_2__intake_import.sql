-- intake module: records imported from live rooms, social media and outside sites, with the ticket each became
create sequence import_record_seq start with 1 increment by 50;

create table import_record (
    id            bigint primary key,
    tenant_id     bigint       not null references tenant (id),
    -- the source's own id, or a hash of source, time, author and text: a record is imported once per tenant
    fingerprint   varchar(64)  not null,
    source        varchar(30)  not null,
    original_id   varchar(200),
    original_at   timestamp(6) with time zone not null,
    author        varchar(200),
    author_link   varchar(1000),
    ticket_number varchar(32),
    imported_by   bigint,
    imported_at   timestamp(6) with time zone not null,
    constraint import_record_fingerprint_uk unique (tenant_id, fingerprint)
);
create index import_record_ticket_idx on import_record (ticket_number);
