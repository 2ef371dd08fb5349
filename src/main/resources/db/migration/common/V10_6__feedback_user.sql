-- intake module: whose feedback a submission was (the user's id in the app), so that the brand's app can list and
-- follow its user's tickets; earlier submissions take it from their ticket
alter table feedback_submission add column user_id varchar(100);
update feedback_submission set user_id = (
    select t.external_user_id from ticket t where t.number = feedback_submission.ticket_number)
    where ticket_number is not null;
create index feedback_submission_user_idx on feedback_submission (app_id, user_id, created_at);
