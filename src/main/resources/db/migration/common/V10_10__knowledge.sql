-- knowledge module: articles as they are now, and every version they had
create sequence kb_article_seq start with 1 increment by 50;

create table kb_article (
    id              bigint primary key,
    tenant_id       bigint        not null references tenant (id),
    kind            varchar(20)   not null,
    title           varchar(200)  not null,
    body            varchar(100000) not null,
    video_url       varchar(500),
    category        varchar(100),
    product         varchar(200),
    language        varchar(10)   not null,
    tags            varchar(1000),
    status          varchar(12)   not null,
    owner_id        bigint,
    current_version integer       not null,
    published_at    timestamp(6) with time zone,
    -- a published article is checked again by then; its editors are told once it is overdue
    review_due_at   timestamp(6) with time zone,
    review_told_at  timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         integer       not null
);
create index kb_article_tenant_idx on kb_article (tenant_id, status, updated_at);
create index kb_article_review_idx on kb_article (review_due_at);

-- how often a tenant's published articles are reviewed (months); a tenant without a row reviews monthly
create table kb_setting (
    tenant_id     bigint  primary key references tenant (id),
    review_months integer not null
);

create sequence kb_article_version_seq start with 1 increment by 50;

-- append-only: one row per save, its content as JSON
create table kb_article_version (
    id          bigint primary key,
    tenant_id   bigint        not null references tenant (id),
    article_id  bigint        not null references kb_article (id),
    number      integer       not null,
    content     varchar(110000) not null,
    author_id   bigint,
    note        varchar(200),
    created_at  timestamp(6) with time zone not null,
    constraint kb_article_version_uk unique (article_id, number)
);
