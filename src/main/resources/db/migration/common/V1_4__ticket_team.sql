-- ticket module: the team whose queue a ticket is in (routing sets it; supervisors change it)
alter table ticket add column team_id bigint;
create index ticket_team_status_idx on ticket (team_id, status);
create index ticket_tenant_due_idx on ticket (tenant_id, resolution_due_at, id);
