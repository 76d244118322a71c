-- The state whose post put a consignment on hold (a HOLD or a broken seal): only a post of that state
-- releases it or replaces its seals. Held records of earlier versions learn it from their journal:
-- the first holding event after the last release.
alter table consignment add column held_by char(2) references country (code);

update consignment c set held_by = (
    select e.country from movement_event e
    where e.consignment_number = c.number
      and (e.type = 'HOLD' or (e.type = 'SEAL_CHECK' and e.payload like '%"sealStatus":"BROKEN"%'))
      and e.seq > coalesce((select max(r.seq) from movement_event r
                            where r.consignment_number = c.number and r.type = 'RELEASE'), 0)
    order by e.seq
    limit 1)
where c.status = 'HELD';
