-- db-scheduler's table: every persistent timer (SLA warnings and breaches, auto-close steps, notification
-- deliveries) is one row. DDL from db-scheduler 16.7.1's postgresql_tables.sql.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
-- the due query (picked = false and execution_time <= now order by execution_time) reads only what is due:
-- its cost follows the number of due timers, not the number of open tickets with timers
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
-- dead-execution detection looks for picked rows whose heartbeat stopped
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
