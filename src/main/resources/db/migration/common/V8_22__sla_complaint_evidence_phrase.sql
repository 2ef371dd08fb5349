-- sla module: a complaint signal's evidence as a phrase (a message key and its arguments, as JSON), shown in each
-- reader's language; evidence keeps the text in the tenant's language, what rows from before show
alter table sla_complaint_signal add column evidence_phrase varchar(2000);
