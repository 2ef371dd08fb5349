-- An app's latest webhook deliveries, for its admin page; only webhook rows are indexed, so the e-mails and
-- in-app notices written with every ticket pay nothing for it.
create index notification_webhook_idx on notification (address, created_at) where channel = 'WEBHOOK';
