-- hosting module: the brand's answers to the onboarding checklist (seed 000: 托管开始前客户需要提供的信息) that the
-- settings do not hold themselves, and when the service started (the "service starts" e-mail went out).
create table hosting_onboarding (
    tenant_id          bigint primary key references tenant (id),
    app_name           varchar(200)  not null,
    products           varchar(1000) not null,
    answered_at        timestamp(6) with time zone not null,
    answered_by        varchar(200)  not null,
    service_started_at timestamp(6) with time zone,
    service_started_by varchar(200)
);
