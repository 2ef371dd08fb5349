-- routing module: teams that share a queue
create sequence team_seq start with 1 increment by 50;

create table team (
    id          bigint primary key,
    tenant_id   bigint       not null references tenant (id),
    name        varchar(100) not null,
    description varchar(500),
    constraint team_name_uk unique (tenant_id, name)
);

create table team_member (
    team_id bigint not null references team (id),
    user_id bigint not null,
    primary key (team_id, user_id)
);
create index team_member_user_idx on team_member (user_id);
