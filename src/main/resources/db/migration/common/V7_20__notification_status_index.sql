-- the outbox's backlog for monitoring (OutboxMetrics): pending notifications counted and the oldest found by an
-- index range over the pending ones only, not by reading every notification ever sent
create index notification_status_idx on notification (status, not_before);
