-- The region-wide transparency log (README "Transparency log"). Append-only by design: nothing updates or
-- deletes a leaf, node or checkpoint; log_queue rows are deleted once sequenced.

-- Entries waiting for a log index. The journal inserts the entry's hash here inside its append transaction;
-- the sequencer moves committed rows into log_leaf (id order) under an advisory lock.
create table log_queue (
  id         bigserial primary key,
  entry_hash bytea not null unique check (octet_length(entry_hash) = 32),
  queued_at  timestamptz not null default now()
);

create table log_leaf (
  index        bigint primary key check (index >= 0),
  entry_hash   bytea not null unique check (octet_length(entry_hash) = 32),
  sequenced_at timestamptz not null default now()
);

-- The hash of every complete subtree: (level, index) covers leaves [index * 2^level, (index + 1) * 2^level);
-- level 0 is the leaf hash. Tree heads and proofs read O(log n) of these rows.
create table log_node (
  level smallint not null check (level between 0 and 62),
  index bigint   not null check (index >= 0),
  hash  bytea    not null check (octet_length(hash) = 32),
  primary key (level, index)
);

-- Signed checkpoints as published: the log-signed note and the witnesses' cosignature lines.
create table log_checkpoint (
  size         bigint primary key check (size >= 0),
  root         bytea not null check (octet_length(root) = 32),
  note         text not null,
  cosignatures text not null default '',
  created_at   timestamptz not null default now()
);
