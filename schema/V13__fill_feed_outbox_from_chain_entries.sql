-- The outbox is filled by triggers, not by the services: every code path that stores a movement event,
-- registers, amends or cancels a record writes its outbox row in the same transaction, and none can
-- forget to (README "Event feed for national systems").

-- A version of the record as the feed carries it: the declaration in the API's shape, with number,
-- status, version, current seals, the QR text and timestamps.
create function feed_declaration(c consignment) returns jsonb language sql stable as $$
    select c.details || jsonb_build_object(
        'number', c.number, 'status', c.status, 'version', c.version, 'qr', c.qr_token,
        'carrier', jsonb_build_object('id', c.carrier_organization_id,
                                      'name', (select o.name from organization o where o.id = c.carrier_organization_id)),
        'seals', to_jsonb(c.seals), 'declaredSeals', c.details -> 'seals',
        'createdAt', c.created_at, 'updatedAt', c.updated_at)
$$;

create function feed_movement_event() returns trigger language plpgsql as $$
begin
    perform feed_enqueue(new.consignment_number, 'EVENT', new.type, new.id::text, new.country, new.occurred_at, null);
    return null;
end $$;

create trigger feed_movement_event after insert on movement_event
    for each row execute function feed_movement_event();

create function feed_registration() returns trigger language plpgsql as $$
begin
    perform feed_enqueue(new.number, 'DECLARATION', 'REGISTERED', new.version::text, null, new.created_at,
                         feed_declaration(new));
    return null;
end $$;

create trigger feed_registration after insert on consignment
    for each row execute function feed_registration();

-- A cancellation, or a new declaration version (an amendment); the journal's own updates of status,
-- location and head change neither and do not fire.
create function feed_declaration_change() returns trigger language plpgsql as $$
begin
    perform feed_enqueue(new.number, 'DECLARATION',
                         case when new.status = 'CANCELLED' then 'CANCELLED' else 'AMENDED' end,
                         new.version::text, null, new.updated_at, feed_declaration(new));
    return null;
end $$;

create trigger feed_declaration_change after update on consignment
    for each row
    when ((new.status = 'CANCELLED' and old.status is distinct from 'CANCELLED') or new.version <> old.version)
    execute function feed_declaration_change();
