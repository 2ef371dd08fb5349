-- knowledge module: reply templates (话术) and the opening and closing phrases wrapped around every public reply
create sequence kb_reply_template_seq start with 1 increment by 50;

create table kb_reply_template (
    id          bigint primary key,
    tenant_id   bigint        not null references tenant (id),
    name        varchar(100)  not null,
    body        varchar(5000) not null,
    -- offered on tickets of this status and category (prefix) only, when set
    status      varchar(24),
    category    varchar(100),
    -- how its "- " lines are numbered: 1. 2. 3. or 一、二、三、
    numbering   varchar(8)    not null,
    uses        bigint        not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     integer       not null,
    constraint kb_reply_template_name_uk unique (tenant_id, name)
);

create table kb_reply_wrap (
    tenant_id   bigint primary key references tenant (id),
    opening     varchar(500),
    closing     varchar(500)
);
