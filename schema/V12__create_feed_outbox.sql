-- The transactional outbox of the national feed (README "Event feed for national systems"). A row is
-- written in the same transaction as the chain entry it announces, so a committed entry always has
-- its row and a rolled-back one never does; Karvon's relay publishes the rows to RabbitMQ and only
-- then sets relayed_at.
create table feed_outbox (
    -- global write order: within one consignment it follows seq, because writers hold the row lock
    id                 bigserial   primary key,
    consignment_number char(18)    not null references consignment (number),
    -- order of the consignment's entries in the feed: 1, 2, 3 … (registration, events, amendments …)
    seq                bigint      not null check (seq >= 1),
    -- what the entry is: EVENT (movement_event row), DECLARATION (a version of the record), NOTICE
    -- (something Karvon announces, e.g. OVERDUE); type is the routing key's <TYPE>
    kind               text        not null check (kind in ('EVENT', 'DECLARATION', 'NOTICE')),
    type               text        not null check (type ~ '^[A-Z][A-Z_]*$'),
    -- the stored entry: movement_event.id for EVENT, the record version for DECLARATION
    entry_ref          text,
    -- where the entry happened (events), else null
    country            char(2),
    -- the member states it concerns, fixed when written: members on the itinerary and the country above
    audience           char(2)[]   not null,
    occurred_at        timestamptz not null,
    -- the data of entries that are not stored anywhere else yet (a declaration version, a notice);
    -- events are rendered from movement_event when relayed
    frozen_data        jsonb,
    created_at         timestamptz not null default clock_timestamp(),
    relayed_at         timestamptz,
    unique (consignment_number, seq)
);

-- The relay's queue and the backlog metrics read only unrelayed rows.
create index feed_outbox_pending on feed_outbox (id) where relayed_at is null;
create index feed_outbox_relayed on feed_outbox (relayed_at) where relayed_at is not null;

-- Appends an entry to the outbox: locks the consignment (concurrent writers of one consignment take
-- turns, so seq has no gaps or duplicates), numbers the entry and fixes its audience. Any feature may
-- call it inside its own transaction, e.g. select feed_enqueue(:number, 'NOTICE', 'OVERDUE', …).
create function feed_enqueue(p_number char(18), p_kind text, p_type text, p_entry_ref text, p_country char(2),
                             p_occurred_at timestamptz, p_data jsonb) returns bigint
language plpgsql as $$
declare
    v_itinerary text[];
    v_audience  char(2)[];
    v_seq       bigint;
begin
    select itinerary into strict v_itinerary from consignment where number = p_number for update;
    select coalesce(array_agg(k.code order by k.code), '{}') into v_audience
      from country k
     where k.member and (k.code::text = any (v_itinerary) or k.code = p_country);
    select coalesce(max(seq), 0) + 1 into v_seq from feed_outbox where consignment_number = p_number;
    insert into feed_outbox (consignment_number, seq, kind, type, entry_ref, country, audience, occurred_at, frozen_data)
    values (p_number, v_seq, p_kind, p_type, p_entry_ref, p_country, v_audience, p_occurred_at, p_data);
    return v_seq;
end $$;
