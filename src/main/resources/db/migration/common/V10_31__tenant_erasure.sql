-- operations module: a tenant's data scheduled for deletion after its suspension, and what became of it. Kept after
-- the tenant is gone (no reference to it), as the record that it was erased, when and by whom.
create table tenant_erasure (
    tenant_id    bigint primary key,
    tenant_code  varchar(40)  not null,
    requested_by varchar(200) not null,
    requested_at timestamp(6) with time zone not null,
    due_at       timestamp(6) with time zone not null,
    cancelled_by varchar(200),
    cancelled_at timestamp(6) with time zone,
    erased_at    timestamp(6) with time zone,
    rows_erased  bigint
);
