-- ticket: the complaint flag and priority that complaint signals set (REQUIREMENTS §6); priority is the ordinal of
-- io.loopdesk.ticket.TicketPriority (0 NORMAL, 1 HIGH, 2 TOP), so queues can order by it
alter table ticket add column complaint boolean not null default false;
alter table ticket add column priority integer not null default 0;
create index ticket_tenant_complaint_idx on ticket (tenant_id, complaint, registered_at);
