-- bulk actions: one change (a status, an assignment, a macro) over many tickets, done in the background in chunks;
-- each ticket is an item that is claimed and finished in the same transaction as its change, so a restarted node
-- resumes where the last one stopped and no ticket is changed twice
create sequence bulk_action_seq start with 1 increment by 50;
create table bulk_action (
    id             bigint       primary key,
    tenant_id      bigint       not null references tenant (id),
    user_id        bigint       not null, -- who started it; each ticket is changed as they would change it
    kind           varchar(20)  not null, -- STATUS, ASSIGN or MACRO
    target_status  varchar(30),
    assignee_id    bigint,
    team_id        bigint,
    macro_id       bigint,
    note           varchar(500),
    selection      varchar(1000) not null, -- what was chosen: ticket numbers, or the list filter for "all matching"
    total          integer      not null,
    succeeded      integer      not null,
    refused        integer      not null,
    state          varchar(20)  not null, -- RUNNING or DONE
    created_at     timestamp(6) with time zone not null,
    finished_at    timestamp(6) with time zone
);
create index bulk_action_user_idx on bulk_action (tenant_id, user_id, created_at);

create table bulk_action_item (
    action_id      bigint       not null references bulk_action (id) on delete cascade,
    position       integer      not null, -- the order tickets are done in: the list's order
    ticket_number  varchar(40)  not null,
    outcome        varchar(20)  not null, -- PENDING, DONE or REFUSED
    reason         varchar(2000),         -- why a ticket was refused: a phrase (JSON) rendered in the reader's language
    primary key (action_id, position)
);
create index bulk_action_item_pending_idx on bulk_action_item (action_id, outcome, position);
