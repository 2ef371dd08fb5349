-- sla module: the auto-close chain of each ticket that waited for its customer
create table sla_auto_close (
    ticket_id     bigint primary key references ticket (id),
    tenant_id     bigint      not null references tenant (id),
    ticket_number varchar(32) not null,
    episode       integer     not null,
    waiting_since timestamp(6) with time zone not null,
    step          varchar(20) not null,
    next_at       timestamp(6) with time zone,
    version       integer     not null
);
