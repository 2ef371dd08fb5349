-- A running clock's next moment (its warning time, then its due time) becomes a column of the clock instead of one
-- db-scheduler execution per clock: the SLA module's sweep takes the due clocks of many tickets in one transaction,
-- so a burst of 10,000 due clocks costs a few hundred transactions instead of tens of thousands.
alter table sla_clock add column timer_at timestamp(6) with time zone;

update sla_clock set timer_at = case
        when warned_cycle < cycle and warn_at is not null and (due_at is null or warn_at < due_at) then warn_at
        when breached_cycle < cycle and due_at is not null then due_at
    end
where phase = 'RUNNING';

-- the sweep's due query walks this index from its start and stops at the first clock not yet due, so waiting costs
-- the same however many clocks run
create index sla_clock_timer_at_idx on sla_clock (timer_at);

delete from scheduled_tasks where task_name in ('sla-warning', 'sla-breach');

-- the generation only told one clock's timers apart in their db-scheduler ids
alter table sla_clock drop column generation;
