-- Registration: insert the record, then read it back (-D carrier, details, token from the seed).
\set r random(0, 99999999999999)
insert into consignment (number, version, status, carrier_organization_id, departure_post, destination_post,
  itinerary, details, seals, qr_token, created_at, updated_at)
  values ('26UZ' || lpad(:r::text, 14, '0'), 1, 'REGISTERED', :carrier::uuid, 'UZTAS', 'KZALA', '{UZ,KZ}',
  :details::jsonb, '{UZ1234567}', :token, now(), now());
select c.*, o.name as carrier_name from consignment c
  join organization o on o.id = c.carrier_organization_id where c.number = ('26UZ' || lpad(:r::text, 14, '0'))::char(18);
