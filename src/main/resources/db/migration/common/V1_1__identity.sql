-- identity module: people who sign in, their roles, and the API tokens of integrations
create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id                  bigint primary key,
    tenant_id           bigint       not null references tenant (id),
    username            varchar(100) not null,
    display_name        varchar(200) not null,
    email               varchar(254),
    phone               varchar(30),
    password_hash       varchar(200) not null,
    enabled             boolean      not null,
    customer_level      varchar(20)  not null,
    preferred_locale    varchar(10),
    created_at          timestamp(6) with time zone not null,
    password_changed_at timestamp(6) with time zone not null,
    version             integer      not null,
    constraint app_user_username_uk unique (username)
);
create index app_user_tenant_idx on app_user (tenant_id, username);

create table app_user_role (
    user_id bigint      not null references app_user (id),
    role    varchar(30) not null,
    primary key (user_id, role)
);

create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id           bigint primary key,
    tenant_id    bigint       not null references tenant (id),
    user_id      bigint       not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(16)  not null,
    created_at   timestamp(6) with time zone not null,
    expires_at   timestamp(6) with time zone,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_user_idx on api_token (user_id);
