-- QR-text scan (fast path), as captured with log_statement=all: the record by number, then the
-- audit row; two autocommit statements, like the app (no explicit transaction). The consignment is
-- drawn from bench.pick inside the first statement, so the round trips match the app's.
\set k random(1, :picks)
select c.*, o.name as carrier_name from consignment c
  join organization o on o.id = c.carrier_organization_id
  where c.number = (select number from bench.pick where i = :k) \gset
insert into scan_log (scanned_at, officer, post_code, country, verdict, consignment_number, method)
  values (now(), 'bench-officer', 'UZTAS', 'UZ', 'VALID', :number, 'QR_TEXT');
