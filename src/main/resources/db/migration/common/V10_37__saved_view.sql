-- saved views: a ticket list's filters and order under a name, personal or shared with a team or the tenant
create sequence saved_view_seq start with 1 increment by 50;
create table saved_view (
    id         bigint       primary key,
    tenant_id  bigint       not null references tenant (id),
    owner_id   bigint       not null, -- who saved it; a personal view is only theirs
    scope      varchar(20)  not null, -- PERSONAL, TEAM or TENANT
    team_id    bigint,                -- the team a TEAM view is shared with
    name       varchar(60)  not null,
    page       varchar(20)  not null, -- workspace or desk
    filters    varchar(1000) not null, -- the list's URL query: filters and order
    columns    varchar(200) not null, -- the columns its list shows, comma separated
    created_at timestamp(6) with time zone not null
);
create index saved_view_tenant_idx on saved_view (tenant_id, scope, owner_id);
