-- merged tickets point at the ticket that carries on their conversation; every list and page can say where it went
alter table ticket add column merged_into varchar(32);

-- links between two tickets of one tenant: parent and child, related, merged into, split into
create sequence ticket_relation_seq start with 1 increment by 50;
create table ticket_relation (
    id            bigint       primary key,
    tenant_id     bigint       not null references tenant (id),
    ticket_id     bigint       not null references ticket (id), -- the parent, the merged or the split ticket
    ticket_number varchar(32)  not null,
    other_id      bigint       not null references ticket (id), -- the child, the one merged into, the new one
    other_number  varchar(32)  not null,
    kind          varchar(20)  not null,
    pair          varchar(41)  not null, -- lower id ':' higher id: two tickets are linked once, whichever way
    linked_by     varchar(200) not null,
    linked_at     timestamp(6) with time zone not null,
    constraint ticket_relation_once unique (pair)
);
create index ticket_relation_ticket_idx on ticket_relation (ticket_id);
create index ticket_relation_other_idx on ticket_relation (other_id);
alter table bulk_action add column merge_into varchar(32); -- the ticket a MERGE action merges the others into
