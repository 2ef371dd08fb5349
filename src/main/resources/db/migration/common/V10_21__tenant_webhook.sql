-- notification module: a tenant's own systems (a CRM, a data warehouse, an R&D tracker) are told of its tickets by
-- signed POSTs to webhooks it registers, each for the events it chose; the signing secret is kept encrypted with the
-- webhook key (loopdesk.intake.webhook-secret-key), as the apps' are.
create sequence tenant_webhook_seq start with 1 increment by 50;

create table tenant_webhook (
    id          bigint primary key,
    tenant_id   bigint       not null references tenant (id),
    url         varchar(500) not null,
    description varchar(200),
    events      varchar(500) not null,
    secret      varchar(500) not null,
    created_by  bigint,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     integer      not null default 0
);
create index tenant_webhook_tenant on tenant_webhook (tenant_id);
