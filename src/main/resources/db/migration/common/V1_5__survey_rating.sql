-- survey module: the customer's 1-5 rating of a solved ticket on four dimensions (seed 001), once per ticket
create sequence rating_seq start with 1 increment by 50;

create table rating (
    id             bigint primary key,
    tenant_id      bigint        not null references tenant (id),
    ticket_number  varchar(32)   not null,
    customer_id    bigint        not null,
    response_speed integer       not null,
    expertise      integer       not null,
    resolution     integer       not null,
    attitude       integer       not null,
    comment        varchar(2000),
    created_at     timestamp(6) with time zone not null,
    constraint rating_ticket_uk unique (ticket_number),
    constraint rating_scores_ck check (response_speed between 1 and 5 and expertise between 1 and 5
        and resolution between 1 and 5 and attitude between 1 and 5)
);
create index rating_tenant_created_idx on rating (tenant_id, created_at);
