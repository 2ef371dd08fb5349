-- the mail exactly as it arrived, for rejected mail an admin looks at and for anything a parser missed
create table inbound_mail_raw (
    inbound_mail_id bigint primary key references inbound_mail (id),
    content         bytea not null
);
