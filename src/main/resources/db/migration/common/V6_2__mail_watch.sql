-- intake module, e-mail channel: the node that keeps an IMAP IDLE connection open on a mailbox, and whether the
-- server offers IDLE at all (null until first tried)
alter table mailbox add column watch_owner varchar(100);
alter table mailbox add column watch_until timestamp(6) with time zone;
alter table mailbox add column idle_supported boolean;
