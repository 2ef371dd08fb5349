-- tenant module: the brands and service providers that run a help desk on Loopdesk
create sequence tenant_seq start with 1 increment by 50;

create table tenant (
    id             bigint primary key,
    code           varchar(40)  not null,
    name           varchar(200) not null,
    plan           varchar(20)  not null,
    time_zone      varchar(60)  not null,
    default_locale varchar(10)  not null,
    created_at     timestamp(6) with time zone not null,
    constraint tenant_code_uk unique (code)
);
