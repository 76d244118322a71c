-- Transit deadline and overdue cargo (README "Transit deadline and overdue cargo"). A consignment's
-- deadline is either declared by the carrier or set by Karvon's rule: transit_days after registration,
-- moved to transit_days after departure when the DEPARTURE event is stored. Records from before this
-- migration have no deadline and are never overdue.
alter table consignment
    add column transit_deadline          timestamptz,
    add column transit_deadline_declared boolean not null default false,
    add column transit_days              integer check (transit_days between 1 and 180),
    -- when Karvon announced it overdue (feed OVERDUE, webhook consignment.overdue): at most once
    add column overdue_announced_at      timestamptz;

-- The overdue sweep and ?overdue=true read only open records with a deadline.
create index consignment_open_deadline on consignment (transit_deadline)
    where status in ('REGISTERED', 'IN_TRANSIT', 'HELD') and transit_deadline is not null;

-- A deadline set by the rule counts from the departure: the DEPARTURE event moves it, in the event's
-- transaction. A declared deadline stays as declared.
create function transit_deadline_at_departure() returns trigger language plpgsql as $$
begin
    update consignment
       set transit_deadline = new.occurred_at + make_interval(days => transit_days)
     where number = new.consignment_number and not transit_deadline_declared and transit_days is not null;
    return null;
end $$;

create trigger transit_deadline_at_departure after insert on movement_event
    for each row when (new.type = 'DEPARTURE') execute function transit_deadline_at_departure();

-- The feed's declaration data carries the deadline like the record does.
create or replace function feed_declaration(c consignment) returns jsonb language sql stable as $$
    select c.details || jsonb_build_object(
        'number', c.number, 'status', c.status, 'version', c.version, 'qr', c.qr_token,
        'carrier', jsonb_build_object('id', c.carrier_organization_id,
                                      'name', (select o.name from organization o where o.id = c.carrier_organization_id)),
        'seals', to_jsonb(c.seals), 'declaredSeals', c.details -> 'seals',
        'transitDeadline', c.transit_deadline,
        'createdAt', c.created_at, 'updatedAt', c.updated_at)
$$;
