-- An app's latest webhook deliveries, for its admin page (PostgreSQL indexes webhook rows only; H2 has no
-- partial indexes).
create index notification_webhook_idx on notification (address, created_at);
