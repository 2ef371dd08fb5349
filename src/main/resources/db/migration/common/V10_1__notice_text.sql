-- notification module: the texts of customer notices in a tenant's own words, one per message key and language
-- ('zh-CN' or 'en'); where a tenant wrote none, the bundles' words are sent.
create table notice_text (
    tenant_id   bigint        not null references tenant (id),
    message_key varchar(100)  not null,
    language    varchar(8)    not null,
    body_text   varchar(4000) not null,
    updated_by  varchar(200)  not null,
    updated_at  timestamp(6) with time zone not null,
    constraint notice_text_pk primary key (tenant_id, message_key, language)
);
