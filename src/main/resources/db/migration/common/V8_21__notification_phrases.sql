-- notification module: a notice is stored as phrases (a message key and its arguments, as JSON) and rendered in
-- each reader's language when read; subject and body keep the text in the recipient's language, the one an e-mail
-- or text message carries. Rows from before have no phrases and keep showing their text.
alter table notification add column subject_phrase varchar(4000);
alter table notification add column body_phrase varchar(12000);
-- the recipient's language tag, e.g. en or zh-CN; null on rows from before
alter table notification add column locale varchar(20);
