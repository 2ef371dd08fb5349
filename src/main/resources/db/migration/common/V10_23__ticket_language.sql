-- ticket module: the language a ticket is written in (BCP 47: zh-CN, zh-TW, en, ja...), detected from its title and
-- description when it is registered; null where the text was too short or too mixed to tell, and for tickets
-- registered before detection.
alter table ticket add column language varchar(16);
create index ticket_language on ticket (tenant_id, language);
