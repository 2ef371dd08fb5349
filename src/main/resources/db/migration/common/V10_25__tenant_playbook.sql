-- tenant module: special-process playbooks of a hosted brand (seed 000: 库存、物流、维修、退换货的特殊流程), each a
-- checklist an agent sees on the tickets it matches, by category or by a word in the ticket's text.
create sequence tenant_playbook_seq start with 1 increment by 50;

create table tenant_playbook (
    id         bigint primary key,
    tenant_id  bigint        not null references tenant (id),
    name       varchar(100)  not null,
    kind       varchar(20)   not null,
    category   varchar(100),
    keywords   varchar(500)  not null,
    steps      varchar(4000) not null,
    created_at timestamp(6) with time zone not null
);
create index tenant_playbook_tenant on tenant_playbook (tenant_id);
