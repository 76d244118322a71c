-- Carrier webhooks (README "Carrier webhooks"). An endpoint belongs to a carrier organization and
-- subscribes to event types; a delivery is one message to one endpoint, written by a trigger on the
-- feed outbox in the same transaction as the chain entry, so no entry is missed and a rolled-back one
-- is never announced.
create table webhook_endpoint (
    id                   uuid        primary key,
    organization_id      uuid        not null references organization (id),
    url                  text        not null check (length(url) <= 2048),
    events               text[]      not null check (cardinality(events) >= 1),
    -- whsec_<base64>, shown once at registration; stored as is (see README: wrapping it is open work)
    secret               text        not null,
    enabled              boolean     not null default true,
    disabled_at          timestamptz,
    disabled_reason      text,
    -- deliveries that exhausted their retries since the last success; reaching the limit disables
    failed_deliveries    int         not null default 0,
    created_at           timestamptz not null default clock_timestamp()
);
create index webhook_endpoint_organization on webhook_endpoint (organization_id, created_at);

create table webhook_delivery (
    -- also the webhook-id header: the same on every attempt, so receivers can de-duplicate
    id                   uuid        primary key,
    endpoint_id          uuid        not null references webhook_endpoint (id) on delete cascade,
    outbox_id            bigint      not null,
    type                 text        not null,
    consignment_number   char(18)    not null,
    -- copied from the outbox row (which is pruned after relaying): what to render at delivery time
    kind                 text        not null,
    entry_ref            text,
    occurred_at          timestamptz not null,
    frozen_data          jsonb,
    status               text        not null default 'PENDING' check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts             int         not null default 0,
    -- when a dispatcher may take it next; a claim moves it forward by a lease, so a dispatcher that
    -- dies mid-attempt leaves it to be retried, never lost
    next_attempt_at      timestamptz not null default clock_timestamp(),
    last_attempt_at      timestamptz,
    last_response_code   int,
    last_error           text,
    created_at           timestamptz not null default clock_timestamp(),
    unique (endpoint_id, outbox_id, type)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (endpoint_id, created_at desc);

-- The webhook event types an outbox entry announces: every movement event is consignment.event, some
-- also have their own type; Karvon's OVERDUE notice is consignment.overdue; declarations announce none.
create function webhook_types(p_kind text, p_type text) returns text[] language sql immutable as $$
    select case
        when p_kind = 'EVENT' then
            case p_type when 'DEPARTURE' then array['consignment.departed']
                        when 'HOLD' then array['consignment.held']
                        when 'ARRIVAL' then array['consignment.arrived']
                        when 'COMPLETION' then array['consignment.completed']
                        else array[]::text[] end || array['consignment.event']
        when p_kind = 'NOTICE' and p_type = 'OVERDUE' then array['consignment.overdue']
        else array[]::text[]
    end
$$;

create function webhook_fan_out() returns trigger language plpgsql as $$
begin
    insert into webhook_delivery (id, endpoint_id, outbox_id, type, consignment_number, kind, entry_ref, occurred_at, frozen_data)
    select gen_random_uuid(), e.id, new.id, t.type, new.consignment_number, new.kind, new.entry_ref, new.occurred_at,
           new.frozen_data
      from consignment c
      join webhook_endpoint e on e.organization_id = c.carrier_organization_id and e.enabled
     cross join unnest(webhook_types(new.kind, new.type)) as t (type)
     where c.number = new.consignment_number and t.type = any (e.events);
    return null;
end $$;

create trigger webhook_fan_out after insert on feed_outbox
    for each row execute function webhook_fan_out();
