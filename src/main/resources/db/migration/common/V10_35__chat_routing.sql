-- chat routing: a chat may ask for a team and a skill (the widget's attributes), is offered to an on-duty agent
-- with room under the tenant's per-agent chat cap, and goes to a supervisor when nobody has answered it in time.
alter table chat add column team_id bigint;
alter table chat add column skill varchar(60);
alter table chat add column escalated_at timestamp(6) with time zone;
-- the last hand-over between agents: who passed it on and the note for the colleague (never shown to the visitor)
alter table chat add column transfer_note varchar(500);
alter table chat add column transferred_by varchar(200);
-- read marks: the last message number each side has seen (only ever rises)
alter table chat add column visitor_read_seq integer default 0 not null;
alter table chat add column agent_read_seq integer default 0 not null;
-- transcripts mailed at the visitor's request: a few per chat, so the form cannot be used to send mail to anyone
alter table chat add column transcripts_mailed integer default 0 not null;
-- a customer signed in to the portal chats as themselves: the console shows their earlier tickets and chats
alter table chat add column customer_id bigint;
alter table chat add column vip boolean default false not null; -- a VIP customer's chat is served first
alter table chat add column source varchar(60); -- where the widget sits, as the brand labels it (data-channel)
create index chat_customer_idx on chat (tenant_id, customer_id, started_at);
-- a brand's app user, by the app's own user id, vouched for by the app's key
alter table chat add column app_id bigint;
alter table chat add column app_user varchar(100);
create index chat_app_user_idx on chat (tenant_id, app_id, app_user, started_at);

-- a screenshot sent in a chat: its bytes in the file store like every attachment (storage_key, so a tenant's export
-- and erasure carry it), the message's body its file name
alter table chat_message add column storage_key varchar(200);
alter table chat_message add column file_type varchar(100);
alter table chat_message add column file_size bigint;
create index chat_tenant_agent_idx on chat (tenant_id, agent_id, status);

-- one row per tenant that changed the defaults; routing also locks it so two nodes never fill one agent's last seat
create table chat_settings (
    tenant_id           bigint  primary key references tenant (id),
    agent_cap           integer not null,
    unanswered_seconds  integer not null,
    business_hours_only boolean not null, -- chat only in the tenant's working hours (its SLA calendar)
    version             bigint  not null
);
