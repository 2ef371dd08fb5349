-- knowledge module: the tickets an article was used on (an agent put its text or link into a reply), once per ticket
create table kb_ticket_link (
    tenant_id     bigint       not null references tenant (id),
    article_id    bigint       not null references kb_article (id),
    ticket_number varchar(32)  not null,
    linked_by     bigint,
    linked_at     timestamp(6) with time zone not null,
    primary key (article_id, ticket_number)
);
create index kb_ticket_link_ticket_idx on kb_ticket_link (tenant_id, ticket_number);
