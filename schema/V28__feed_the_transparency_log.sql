-- Every chain entry goes into the transparency log (README "Transparency log"): its 32-byte hash is queued
-- in the same transaction that stores the entry, by a trigger, so no code path can forget it. The
-- background sequencer gives queued hashes their log index after commit (Trillian-style).

-- Queues one entry hash for the log; idempotent: a hash already queued or already in the log is left alone.
-- Any table of chain entries calls it from its own after-insert trigger, e.g. perform log_enqueue(...).
create function log_enqueue(p_hash bytea) returns void
language plpgsql as $$
begin
    if octet_length(p_hash) <> 32 then
        raise exception 'a log entry is a 32-byte hash, not % bytes', octet_length(p_hash);
    end if;
    if not exists (select 1 from log_leaf where entry_hash = p_hash) then
        insert into log_queue (entry_hash) values (p_hash) on conflict (entry_hash) do nothing;
    end if;
end $$;

create function movement_event_to_log() returns trigger language plpgsql as $$
begin
    perform log_enqueue(decode(new.hash, 'hex'));
    return null;
end $$;

create trigger movement_event_to_log after insert on movement_event
    for each row execute function movement_event_to_log();

-- The log's checkpoint signing key is not here: it is a wrapped_key row of purpose log-signing (README "Keys").

-- What witnesses answered when they did not cosign: a refusal is kept for good and reported by
-- /integrity and readiness, never hidden.
create table log_witness_refusal (
    id         bigserial   primary key,
    witness    text        not null,
    size       bigint      not null check (size >= 0),
    status     int         not null,
    reason     text        not null,
    refused_at timestamptz not null default now()
);

-- The log itself is append-only, like the journal: no leaf, node or refusal is ever changed or removed.
create function log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;

create trigger log_leaf_no_update before update or delete on log_leaf
    for each row execute function log_is_append_only();
create trigger log_leaf_no_truncate before truncate on log_leaf
    for each statement execute function log_is_append_only();
create trigger log_node_no_update before update or delete on log_node
    for each row execute function log_is_append_only();
create trigger log_node_no_truncate before truncate on log_node
    for each statement execute function log_is_append_only();
create trigger log_witness_refusal_no_update before update or delete on log_witness_refusal
    for each row execute function log_is_append_only();
create trigger log_witness_refusal_no_truncate before truncate on log_witness_refusal
    for each statement execute function log_is_append_only();
