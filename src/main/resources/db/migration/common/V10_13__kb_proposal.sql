-- knowledge module: an agent's proposal, made from a ticket, of a new article or a change to one; an editor approves
-- it (it becomes a draft in review, or the article's next version) or rejects it with a reason
create sequence kb_proposal_seq start with 1 increment by 50;

create table kb_proposal (
    id                bigint primary key,
    tenant_id         bigint        not null references tenant (id),
    ticket_number     varchar(32)   not null,
    -- the article it would change; none for a new article
    article_id        bigint        references kb_article (id),
    title             varchar(200)  not null,
    body              varchar(100000) not null,
    note              varchar(500),
    proposed_by       bigint,
    proposed_at       timestamp(6) with time zone not null,
    status            varchar(10)   not null,
    decided_by        bigint,
    decided_at        timestamp(6) with time zone,
    reason            varchar(500),
    -- the article the approval wrote
    result_article_id bigint        references kb_article (id),
    version           integer       not null
);
create index kb_proposal_tenant_idx on kb_proposal (tenant_id, status, proposed_at);
