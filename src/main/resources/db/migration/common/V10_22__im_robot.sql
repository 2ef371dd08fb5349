-- notification module: company-IM group robots (WeCom, DingTalk, Feishu) a tenant adds to its staff group chats;
-- every staff notice (assignments, SLA warnings and breaches, critical tickets) is posted there too, the people it is
-- for @-mentioned. The signing secret DingTalk and Feishu robots may have is kept encrypted with the webhook key.
create sequence im_robot_seq start with 1 increment by 50;

create table im_robot (
    id         bigint primary key,
    tenant_id  bigint       not null references tenant (id),
    name       varchar(100) not null,
    vendor     varchar(20)  not null,
    url        varchar(500) not null,
    secret     varchar(500),
    created_by bigint,
    created_at timestamp(6) with time zone not null,
    version    integer      not null default 0
);
create index im_robot_tenant on im_robot (tenant_id);
