-- intake module: an app may be told of its users' tickets changing, by a signed POST to its webhook URL;
-- the signing secret is kept encrypted (loopdesk.intake.webhook-secret-key)
alter table feedback_app add column webhook_url varchar(500);
alter table feedback_app add column webhook_secret varchar(500);
alter table feedback_app add column webhook_set_at timestamp(6) with time zone;
