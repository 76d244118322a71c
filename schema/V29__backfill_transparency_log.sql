-- Brings existing chains into the transparency log: every stored movement event not yet in the log is
-- queued, oldest first (recorded_at, then consignment and seq), and the sequencer gives them indexes.
insert into log_queue (entry_hash)
select decode(e.hash, 'hex')
  from movement_event e
 where not exists (select 1 from log_leaf l where l.entry_hash = decode(e.hash, 'hex'))
 order by e.recorded_at, e.consignment_number, e.seq
on conflict (entry_hash) do nothing;
