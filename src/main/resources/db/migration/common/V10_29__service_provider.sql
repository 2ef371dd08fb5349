-- provider module: outside service providers (外部服务商), their people, and the grants that let a person act in a
-- tenant with some roles until a date. Grants name their tenant explicitly: they are read from the person's side,
-- across tenants.
create sequence service_provider_seq start with 1 increment by 50;

create table service_provider (
    id            bigint primary key,
    code          varchar(40)  not null,
    name          varchar(200) not null,
    contact_email varchar(254),
    created_at    timestamp(6) with time zone not null,
    constraint service_provider_code_uk unique (code)
);

-- the person's account is identity's; what this module shows of them is kept here, as it was when they were added
create table provider_person (
    user_id      bigint primary key references app_user (id),
    provider_id  bigint       not null references service_provider (id),
    username     varchar(100) not null,
    display_name varchar(200) not null,
    email        varchar(254),
    active       boolean      not null
);
create index provider_person_provider on provider_person (provider_id);

create sequence provider_grant_seq start with 1 increment by 50;

create table provider_grant (
    id          bigint primary key,
    provider_id bigint       not null references service_provider (id),
    user_id     bigint       not null references app_user (id),
    tenant_id   bigint       not null references tenant (id),
    roles       varchar(200) not null,
    valid_until timestamp(6) with time zone,
    granted_by  varchar(200) not null,
    granted_at  timestamp(6) with time zone not null,
    revoked_by  varchar(200),
    revoked_at  timestamp(6) with time zone
);
create index provider_grant_person on provider_grant (user_id, tenant_id);
create index provider_grant_tenant on provider_grant (tenant_id);
