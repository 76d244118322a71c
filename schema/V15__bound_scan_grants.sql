-- A genuine scan at a post off the itinerary opens the record to that post only until it records its
-- ENTRY (then for good) or the grant expires. Earlier grants were open-ended: they last 72 hours from
-- when they were granted, unless that post already recorded an ENTRY.
alter table scan_access
    add column officer    text,
    add column expires_at timestamptz,
    add column entered_at timestamptz;

update scan_access a set expires_at = a.granted_at + interval '72 hours',
    entered_at = (select min(e.recorded_at) from movement_event e
                  where e.consignment_number = a.consignment_number and e.post_code = a.post_code
                    and e.type = 'ENTRY');

alter table scan_access alter column expires_at set not null;

-- Every grant is a row of the scan log, so the carrier and the itinerary states see it, and grants per
-- officer per day can be counted.
alter table scan_log add column granted boolean not null default false;

create index scan_log_grants on scan_log (officer, scanned_at) where granted;
