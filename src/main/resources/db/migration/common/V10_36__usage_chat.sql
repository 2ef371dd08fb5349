-- Metering of live chat (seeds 000 and 004 bill chat by online time): one row per answered chat, written in the
-- transaction that ends it, its minutes counted from the first agent message to the end in minutes begun; the chat's
-- id as key makes a second row impossible. usage_day is the tenant's local day the chat ended.
create table usage_chat (
    chat_id         bigint      not null,
    tenant_id       bigint      not null references tenant (id),
    usage_day       date        not null,
    online_minutes  integer     not null,
    counted_at      timestamp(6) with time zone not null,
    constraint usage_chat_pk primary key (chat_id)
);
create index usage_chat_day on usage_chat (tenant_id, usage_day);
