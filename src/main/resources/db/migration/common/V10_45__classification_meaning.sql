-- The meaning review (issue 24) reads each ticket the keyword rules and the learned classifier sent to review once,
-- after the answer; this marks the ones it has read, so a batch never reads a ticket twice.
alter table classification add column meaning_read boolean default false not null;
create index classification_meaning_idx on classification (pending, meaning_read, id);
