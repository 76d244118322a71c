-- Event append on ONE consignment (-D hot=<number>): every client queues on the same row lock.
\set r1 random(0, 9223372036854775806)
\set r2 random(0, 9223372036854775806)
begin read write;
select c.*, o.name as carrier_name from consignment c
  join organization o on o.id = c.carrier_organization_id where c.number = :hot for update of c \gset
select * from movement_event where id = (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid;
\set seq :journal_length + 1
insert into movement_event (id, consignment_number, seq, type, post_code, country, officer, occurred_at,
  recorded_at, payload, anomalies, prev_hash, hash)
  values ((lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid, :number, :seq, 'INSPECTION', 'UZTAS', 'UZ',
  'bench-officer', now(), now(), '{"result":"NO_FINDINGS"}', '{}', :journal_head,
  md5(:journal_head::text) || md5(:number::text || :seq::text));
update consignment set status = 'IN_TRANSIT', seals = :seals::text[], location_country = 'UZ', location_post = 'UZTAS',
  location_at = now(), arrived_at = null, journal_length = :seq, journal_head = md5(:journal_head::text) || md5(:number::text || :seq::text),
  trail_entered = '{UZ}', trail_current = 'UZ', trail_last_exit = null, updated_at = now()
  where number = :number;
commit;
