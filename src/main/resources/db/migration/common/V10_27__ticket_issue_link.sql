-- ticket module: a ticket linked to the R&D issue (Jira, GitLab…) that tracks its fix; the tracker pushes the
-- issue's status back, and every ticket linked to that issue shows it.
create sequence ticket_issue_link_seq start with 1 increment by 50;

create table ticket_issue_link (
    id         bigint primary key,
    tenant_id  bigint        not null references tenant (id),
    ticket_id  bigint        not null references ticket (id),
    ticket_number varchar(20) not null,
    url        varchar(500)  not null,
    status     varchar(100),
    status_at  timestamp(6) with time zone,
    linked_by  varchar(200)  not null,
    linked_at  timestamp(6) with time zone not null,
    constraint ticket_issue_link_ticket_uk unique (ticket_id)
);
create index ticket_issue_link_url on ticket_issue_link (tenant_id, url);
