#!/usr/bin/env bash
# What PostgreSQL alone spends on storing one new ticket, measured without the node: pgbench replays the statements
# a ticket's registration sends (the rows copied from tickets the API benchmark created), 8 clients on the machine's
# cores, and the machine's CPU time per ticket is read from /proc/stat. Then again with parts left out, so each
# part's share shows. Run it after bench/api.sh, whose database (loopdesk_bench_api) it reads and writes to.
#   bench/ticket-rows.sh            15 s per variant, each variant twice, interleaved (the host's speed drifts)
#   BENCH_SECONDS=30 bench/ticket-rows.sh
#   BENCH_VARIANTS="full batched-8" bench/ticket-rows.sh     only these variants
# Connection: PGHOST (127.0.0.1), PGPORT, PGUSER (postgres), PGPASSWORD, as psql takes them. Needs pgbench.
# The figures land in target/bench/ticket-rows.txt. The replayed rows stay (numbers R…, ids from 4·10^12; the history
# is append-only): bench/api.sh starts from a fresh database anyway.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" PGDATABASE=loopdesk_bench_api
seconds="${BENCH_SECONDS:-15}"
work=target/bench/ticket-rows
mkdir -p "$work"
sql() { psql -X -Atq -c "$1"; }
columns() {
    sql "select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns
         where table_name = '$1' and column_name not in ($2)"
}
prefixed() { # alias, comma-separated columns: the columns qualified by the alias
    echo "$2" | sed -E "s/(^|,)/\\1$1./g"
}
created=$(sql "select count(*) from sla_ticket where ticket_id < 4000000000000") || { echo "Run bench/api.sh first: it leaves loopdesk_bench_api behind." >&2; exit 1; }
[ "$created" -gt 0 ] || { echo "loopdesk_bench_api holds no ticket created through the API; run bench/api.sh." >&2; exit 1; }
ticket=$(columns ticket "'id','number','category_root'")
history=$(columns ticket_history "'id','ticket_id'")
classification=$(columns classification "'id','ticket_number'")
clock=$(columns sla_clock "'id','ticket_id'")
tenant=$(sql "select tenant_id from sla_ticket limit 1")
# new rows get ids far above the benchmark's, derived from the ticket number the sequence hands out
new=4000000000000
# the tickets to copy, numbered 1..n so pgbench can pick one at random (not the rows of an earlier replay)
sql "drop table if exists bench_source;
     create table bench_source (k int primary key, ticket_id bigint not null);
     insert into bench_source select row_number() over (order by ticket_id), ticket_id from sla_ticket where ticket_id < $new"
sources=$(sql "select count(*) from bench_source")
cat > "$work/full.sql" <<SQL
\set k random(1, $sources)
BEGIN;
select nextval('ticket_number_seq') as n \gset
insert into ticket (id, number, $ticket) select $new + :n, 'R' || :n, $ticket from ticket where id = (select ticket_id from bench_source where k = :k);
insert into ticket_history (id, ticket_id, $history) select $new + :n, $new + :n, $history from ticket_history where ticket_id = (select ticket_id from bench_source where k = :k) limit 1;
insert into classification (id, ticket_number, $classification) select $new + :n, 'R' || :n, $classification from classification where ticket_number = (select number from ticket where id = (select ticket_id from bench_source where k = :k)) limit 1;
insert into sla_ticket (ticket_id, ticket_number, tenant_id, policy, tracked_since) select $new + :n, 'R' || :n, tenant_id, policy, tracked_since from sla_ticket where ticket_id = (select ticket_id from bench_source where k = :k);
insert into sla_clock (id, ticket_id, $clock) select $new + 4 * :n + row_number() over (), $new + :n, $clock from sla_clock where ticket_id = (select ticket_id from bench_source where k = :k);
insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version) values ('sla-warning', 'r' || :n || 'a', null, now() + interval '1 day', false, 1), ('sla-warning', 'r' || :n || 'b', null, now() + interval '2 day', false, 1);
insert into routing_queue (ticket_id, tenant_id, ticket_number, team_id, skill, priority, enqueued_at, attempts) values ($new + :n, $tenant, 'R' || :n, null, null, 5, now(), 0) on conflict do nothing;
COMMIT;
BEGIN READ ONLY;
select user_id, coalesce(ticket_cap, 5) from agent_profile where tenant_id = $tenant and on_duty = true;
COMMIT;
SQL
without() { # variant name, then patterns of the lines it leaves out
    local name=$1; shift
    cp "$work/full.sql" "$work/$name.sql"
    for pattern in "$@"; do grep -v -- "$pattern" "$work/$name.sql" > "$work/$name.tmp" || true; mv "$work/$name.tmp" "$work/$name.sql"; done
    # the read-only transaction's COMMIT goes with it
    if [[ " $* " == *"READ ONLY"* ]]; then sed -i '$ d' "$work/$name.sql"; fi
}
without no-assigner-check "BEGIN READ ONLY" "agent_profile"
without no-timers "BEGIN READ ONLY" "agent_profile" "scheduled_tasks"
without no-sla "BEGIN READ ONLY" "agent_profile" "scheduled_tasks" "sla_clock" "sla_ticket"
without ticket-only "BEGIN READ ONLY" "agent_profile" "scheduled_tasks" "sla_clock" "sla_ticket" "ticket_history" "classification" "routing_queue"
# the same rows for 8 tickets at a time in one transaction, one multi-row statement per table: what a node would send
# if it gathered the registrations arriving together and committed them as one (group commit)
batchnew=5000000000000
src="with src as (select k - :k as i, s.ticket_id as source, t.number as source_number from bench_source s join ticket t on t.id = s.ticket_id where k between :k and :k + 7)"
cat > "$work/batched-8.sql" <<SQL
\set k random(1, $sources - 7)
BEGIN;
select nextval('ticket_number_seq') as n \gset
$src insert into ticket (id, number, $ticket) select $batchnew + 8 * :n + i, 'G' || (8 * :n + i), $(prefixed t "$ticket") from src join ticket t on t.id = src.source;
$src insert into ticket_history (id, ticket_id, $history) select distinct on (src.i) $batchnew + 8 * :n + i, $batchnew + 8 * :n + i, $(prefixed h "$history") from src join ticket_history h on h.ticket_id = src.source order by src.i;
$src insert into classification (id, ticket_number, $classification) select distinct on (src.i) $batchnew + 8 * :n + i, 'G' || (8 * :n + i), $(prefixed c "$classification") from src join classification c on c.ticket_number = src.source_number order by src.i;
$src insert into sla_ticket (ticket_id, ticket_number, tenant_id, policy, tracked_since) select $batchnew + 8 * :n + i, 'G' || (8 * :n + i), tenant_id, policy, tracked_since from src join sla_ticket s on s.ticket_id = src.source;
$src insert into sla_clock (id, ticket_id, $clock) select $batchnew + 32 * :n + row_number() over (), $batchnew + 8 * :n + i, $(prefixed c "$clock") from src join sla_clock c on c.ticket_id = src.source;
$src insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version) select 'sla-warning', 'g' || (8 * :n + i) || x, null, now() + interval '1 day', false, 1 from src, (values ('a'), ('b')) v(x);
$src insert into routing_queue (ticket_id, tenant_id, ticket_number, team_id, skill, priority, enqueued_at, attempts) select $batchnew + 8 * :n + i, $tenant, 'G' || (8 * :n + i), null, null, 5, now(), 0 from src on conflict do nothing;
COMMIT;
BEGIN READ ONLY;
select user_id, coalesce(ticket_cap, 5) from agent_profile where tenant_id = $tenant and on_duty = true;
COMMIT;
SQL
busy() { awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat; }
run() {
    read -r b0 t0 < <(busy)
    out=$(pgbench -n -M prepared -c 8 -j 2 -T "$seconds" -f "$work/$1.sql" 2>&1) || { echo "$out" >&2; exit 1; }
    read -r b1 t1 < <(busy)
    tx=$(echo "$out" | awk -F= '/number of transactions actually processed/{print $0}' | grep -oE '[0-9]+' | head -1)
    if [[ $1 == batched-* ]]; then tx=$((tx * ${1#batched-})); fi # a transaction there holds several tickets
    awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v tx="$tx" -v s="$seconds" -v hz="$(getconf CLK_TCK)" -v v="$1" \
        'BEGIN { printf "%s %d %.0f %.0f %.3f\n", v, tx, tx / s, 100 * b / t, b * 1000 / hz / tx }'
}
variants=(${BENCH_VARIANTS:-full batched-8 no-assigner-check no-timers no-sla ticket-only})
results="$work/runs.txt"
: > "$results"
for round in 1 2; do
    for variant in "${variants[@]}"; do run "$variant" | tee -a "$results"; done
done
{
    echo "# What PostgreSQL spends on one ticket's rows (pgbench, 8 clients, ${seconds} s per run, two runs each)"
    echo
    echo "$(nproc) cores; PostgreSQL $(psql -X -Atq -c 'show server_version'); one of $sources tickets created through the API copied each time"
    echo
    echo "| statements replayed | tickets/s | machine CPU per ticket |"
    echo "|---|---:|---:|"
    for variant in "${variants[@]}"; do
        awk -v v="$variant" '$1 == v { n++; tps += $3; ms += $5 } END { printf "| %s | %.0f | %.2f ms |\n", v, tps / n, ms / n }' "$results"
    done
    echo
    echo "full: the ticket number, the ticket, its history entry, classification record, SLA row, clocks (one"
    echo "multi-row insert), a timer for each running clock's next moment (one multi-row insert), queue entry, commit; then"
    echo "the assigner's read-only check."
    echo "batched-8: the same rows for eight tickets per transaction, one multi-row statement per table (group commit)."
    echo "The lines after it each leave out one more part of full. CPU includes pgbench's own, about what the node's JDBC driver costs."
} > target/bench/ticket-rows.txt
rm -f "$work"/*.tmp
cat target/bench/ticket-rows.txt
