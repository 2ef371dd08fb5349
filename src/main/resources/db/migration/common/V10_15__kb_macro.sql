-- knowledge module: macros, one click on a ticket applying a reply template, a status, a progress record and
-- optionally taking the ticket, all or nothing
create sequence kb_macro_seq start with 1 increment by 50;

create table kb_macro (
    id               bigint primary key,
    tenant_id        bigint        not null references tenant (id),
    name             varchar(100)  not null,
    template_id      bigint        references kb_reply_template (id) on delete set null,
    status           varchar(24),
    progress_label   varchar(40),
    progress_details varchar(2000),
    take_ticket      boolean       not null,
    uses             bigint        not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    version          integer       not null,
    constraint kb_macro_name_uk unique (tenant_id, name)
);
