-- knowledge module: the language a reply template is written in (zh or en), so a ticket written in English is
-- offered English templates; empty for a template offered whatever the ticket's language.
alter table kb_reply_template add column language varchar(10);
