-- The append-only, hash-chained movement journal of each consignment.
create table movement_event (
    id                 uuid primary key,
    consignment_number char(18)    not null references consignment (number),
    seq                bigint      not null check (seq >= 1),
    type               text        not null,
    post_code          char(5)     not null references customs_post (code),
    country            char(2)     not null,
    officer            text        not null,
    occurred_at        timestamptz not null,
    recorded_at        timestamptz not null,
    -- type-specific fields as canonical JSON text (kept as text: the hash covers these exact bytes)
    payload            text        not null,
    anomalies          text[]      not null default '{}',
    prev_hash          char(64)    not null,
    hash               char(64)    not null,
    unique (consignment_number, seq)
);

-- Append-only: the journal is never edited or pruned through the application.
create function movement_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'movement_event is append-only';
end $$;

create trigger movement_event_no_update before update or delete on movement_event
    for each row execute function movement_event_is_append_only();
