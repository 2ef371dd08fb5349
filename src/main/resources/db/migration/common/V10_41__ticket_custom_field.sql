-- a tenant's own ticket fields (refund amount, violation grade, merchant…) and the values tickets have in them
create sequence ticket_custom_field_seq start with 1 increment by 50;
create table ticket_custom_field (
    id            bigint       primary key,
    tenant_id     bigint       not null references tenant (id),
    field_key     varchar(40)  not null, -- a-z, 0-9 and _: how lists, the API and reports name it
    label         varchar(100) not null,
    type          varchar(20)  not null,
    options       varchar(4000),         -- the choices of a CHOICE or MULTI_CHOICE field, one a line
    required_for  varchar(200) not null, -- statuses a person may move a ticket to only once the field has a value
    on_form       boolean      not null, -- asked when a ticket is registered
    position      integer      not null,
    active        boolean      not null,
    version       integer      not null,
    constraint ticket_custom_field_key_uk unique (tenant_id, field_key)
);

-- one row a value: a MULTI_CHOICE field has a row for each option chosen
create sequence ticket_custom_value_seq start with 1 increment by 50;
create table ticket_custom_value (
    id           bigint        primary key,
    tenant_id    bigint        not null references tenant (id),
    ticket_id    bigint        not null references ticket (id),
    field_id     bigint        not null references ticket_custom_field (id),
    field_key    varchar(40)   not null, -- lists filter by it without a join
    text_value   varchar(500)  not null, -- the value as shown and filtered: 1250.00, 2026-12-07, true, an option
    number_value numeric(18, 2),         -- NUMBER and MONEY, for sums in reports
    date_value   date,                   -- DATE
    constraint ticket_custom_value_once unique (ticket_id, field_id, text_value)
);
create index ticket_custom_value_ticket_idx on ticket_custom_value (ticket_id);
create index ticket_custom_value_filter_idx on ticket_custom_value (tenant_id, field_key, text_value);
