-- identity module: failed sign-ins counted per account and address, per address, and per account, so guessing is
-- slowed down on every node alike (the counts live here, not in one node's memory)
create table sign_in_throttle (
    throttle_key  varchar(400) primary key,
    failures      integer      not null,
    window_start  timestamp(6) with time zone not null,
    blocked_until timestamp(6) with time zone,
    alerted_at    timestamp(6) with time zone
);
create index sign_in_throttle_window_idx on sign_in_throttle (window_start);
