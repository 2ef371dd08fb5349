-- knowledge module: pictures and videos editors upload for articles (bytes in the attachment store), and the help
-- centre's logo
create sequence kb_media_seq start with 1 increment by 50;

create table kb_media (
    id          bigint primary key,
    tenant_id   bigint       not null references tenant (id),
    -- the random part of the public address: ids are not to be counted through
    token       varchar(36)  not null unique,
    store_key   varchar(200) not null,
    name        varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    uploaded_by bigint,
    uploaded_at timestamp(6) with time zone not null
);
create index kb_media_tenant_idx on kb_media (tenant_id, uploaded_at);

create table kb_help_centre (
    tenant_id     bigint primary key references tenant (id),
    logo_media_id bigint not null references kb_media (id)
);
