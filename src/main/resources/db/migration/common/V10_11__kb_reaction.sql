-- knowledge module: what readers said of an article: it solved their problem (a ticket not written), it helped, or
-- it did not and why
create sequence kb_reaction_seq start with 1 increment by 50;

create table kb_reaction (
    id          bigint primary key,
    tenant_id   bigint        not null references tenant (id),
    article_id  bigint        not null references kb_article (id),
    kind        varchar(12)   not null,
    reason      varchar(12),
    comment     varchar(500),
    channel     varchar(12)   not null,
    created_at  timestamp(6) with time zone not null
);
create index kb_reaction_article_idx on kb_reaction (article_id, kind);
create index kb_reaction_tenant_idx on kb_reaction (tenant_id, kind, created_at);
