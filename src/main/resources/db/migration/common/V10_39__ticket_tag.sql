-- tags on tickets: a tenant's own labels, a filter of every list and view, and a bulk action
create sequence ticket_tag_seq start with 1 increment by 50;
create table ticket_tag (
    id            bigint       primary key,
    tenant_id     bigint       not null references tenant (id),
    ticket_id     bigint       not null references ticket (id),
    ticket_number varchar(32)  not null, -- numbers never change; lists look tags up by the numbers they show
    tag           varchar(40)  not null,
    tagged_at     timestamp(6) with time zone not null,
    constraint ticket_tag_once unique (ticket_id, tag)
);
create index ticket_tag_tenant_idx on ticket_tag (tenant_id, tag);
create index ticket_tag_number_idx on ticket_tag (ticket_number);
alter table bulk_action add column tag varchar(40); -- the tag a TAG_ADD or TAG_REMOVE action puts on or takes off
