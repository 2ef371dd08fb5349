-- intake module, e-mail channel: every mail read ends in one listed record. A mail read again (same Message-ID, or
-- same content without one) gets a record of its own with outcome DUPLICATE, so the key that recognises a mail
-- moves from message_id to dedup_key, which only the first record of a mail holds (null on duplicates: null keys
-- never collide, on H2 as on PostgreSQL).
alter table inbound_mail add column dedup_key varchar(500);
update inbound_mail set dedup_key = message_id;
alter table inbound_mail drop constraint inbound_mail_message_uk;
alter table inbound_mail add constraint inbound_mail_dedup_uk unique (tenant_id, dedup_key);
-- threading still finds a mail by its Message-ID
create index inbound_mail_message_idx on inbound_mail (tenant_id, message_id);
-- why a mail became no ticket, as a code the mailbox page shows in the reader's language; reason keeps the detail
alter table inbound_mail add column reason_code varchar(30);
