-- QR PNG fetch: one read of the record (visibility); the PNG itself comes from the app's cache.
\set k random(1, :picks)
select c.*, o.name as carrier_name from consignment c
  join organization o on o.id = c.carrier_organization_id
  where c.number = (select number from bench.pick where i = :k);
