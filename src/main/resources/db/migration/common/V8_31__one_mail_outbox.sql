-- One outbox for e-mail: replies to e-mail customers go through the notification outbox (its retries, its delivery
-- log, its timer) like every notice. The e-mail channel keeps only which Message-ID went out for which reply
-- (reply_mail), so answers and bounces find their ticket; mail_outbox's rows move over and the table goes.

-- the envelope of an e-mail that has more than a subject and a text: threading headers and the route it goes out by
create table notification_email (
    notification_id bigint primary key references notification (id),
    tenant_id       bigint        not null references tenant (id),
    message_id      varchar(500),
    in_reply_to     varchar(500),
    references_ids  varchar(4000),
    route           varchar(100)
);
-- its files, as references read when it is sent (the outbox holds no file)
create table notification_attachment (
    notification_id bigint        not null references notification_email (notification_id),
    ordinal         integer       not null,
    reference       varchar(200)  not null,
    primary key (notification_id, ordinal)
);
-- a failed notification's next attempt, for pages that show it
alter table notification add column next_attempt_at timestamp(6) with time zone;
-- a reply is as long as a ticket message may be
alter table notification alter column body set data type varchar(100000);

create table reply_mail (
    notification_id bigint primary key,
    tenant_id       bigint        not null references tenant (id),
    ticket_number   varchar(32)   not null,
    source_message  bigint,
    message_id      varchar(500)  not null,
    recipient       varchar(320)  not null,
    created_at      timestamp(6) with time zone not null,
    constraint reply_mail_message_uk unique (message_id),
    constraint reply_mail_source_uk unique (source_message)
);
-- the mailbox page's list of a tenant's last replies
create index reply_mail_tenant_idx on reply_mail (tenant_id, created_at);

-- each waiting, sent or failed reply becomes a notification with the same state
alter table mail_outbox add column notification_id bigint;
update mail_outbox set notification_id = nextval('notification_seq');

insert into notification (id, tenant_id, channel, address, user_id, subject, body, ticket_number, status, attempts,
                          created_at, not_before, sent_at, read_at, last_error, version, next_attempt_at)
select notification_id, tenant_id, 'EMAIL', recipient, null, left(subject, 500), body, ticket_number, status,
       attempts, created_at, created_at, sent_at, null, left(last_error, 1000), 0,
       case when status = 'PENDING' and attempts > 0 then next_attempt_at end
from mail_outbox;

insert into notification_email (notification_id, tenant_id, message_id, in_reply_to, references_ids, route)
select notification_id, tenant_id, message_id, in_reply_to, references_ids, 'mailbox:' || mailbox_id
from mail_outbox;

insert into reply_mail (notification_id, tenant_id, ticket_number, source_message, message_id, recipient, created_at)
select notification_id, tenant_id, ticket_number, source_message, message_id, recipient, created_at
from mail_outbox;

-- the delivery log of the replies that are done: one line saying how they ended
insert into notification_delivery (id, tenant_id, notification_id, attempt, provider, outcome, detail, attempted_at)
select nextval('notification_delivery_seq'), tenant_id, notification_id, attempts, 'smtp',
       case when status = 'SENT' then 'SENT' else 'GAVE_UP' end,
       case when status = 'SENT' then 'delivered to ' || recipient else coalesce(left(last_error, 1000), 'failed') end,
       coalesce(sent_at, created_at)
from mail_outbox
where status <> 'PENDING';

-- a waiting reply is tried by the notification outbox's delivery timer at the time its next attempt was due
insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version, priority)
select 'notification-delivery', 't' || tenant_id || '-n' || notification_id, null, next_attempt_at, false, 1, 0
from mail_outbox
where status = 'PENDING';

drop table mail_outbox;
drop sequence mail_outbox_seq;
