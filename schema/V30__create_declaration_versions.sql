-- The declaration's own hash chain (README "Declaration history"): every registration, amendment,
-- cancellation and grant to an off-route post is an append-only entry, hashed exactly as
-- org.karvon.consignment.DeclarationChain documents, and queued into the transparency log (V10) in the
-- transaction that made the change. Triggers write the entries, as V13's feed triggers do, so no code
-- path can forget to; the backfill at the end uses the same functions.

create table declaration_version (
    consignment_number char(18)    not null references consignment (number),
    seq                integer     not null check (seq >= 1),
    version            integer     not null check (version >= 1),
    kind               text        not null check (kind in ('REGISTERED', 'AMENDED', 'CANCELLED', 'GRANTED')),
    -- the post a GRANTED entry opened the record to; '' for every other kind
    post_code          text        not null default '',
    -- the canonical declaration text (REGISTERED and AMENDED only; the hash covers these exact bytes)
    declaration        text,
    declaration_hash   char(64)    not null,
    prev_hash          char(64)    not null,
    hash               char(64)    not null unique,
    at                 timestamptz not null,
    primary key (consignment_number, seq),
    check ((declaration is not null) = (kind in ('REGISTERED', 'AMENDED')))
);

create unique index declaration_version_text on declaration_version (consignment_number, version)
    where declaration is not null;

create function declaration_version_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'declaration_version is append-only';
end $$;

create trigger declaration_version_no_update before update or delete on declaration_version
    for each row execute function declaration_version_is_append_only();

create trigger declaration_version_no_truncate before truncate on declaration_version
    for each statement execute function declaration_version_is_append_only();

-- RFC 8785 (JCS) of a declaration as stored in consignment.details, with members whose value is null left
-- out. Keys are the API's ASCII field names, so byte order ("C") is JCS's UTF-16 order; strings are
-- escaped by jsonb's output exactly as JCS escapes them; the only numbers are integers (packages).
create function declaration_canonical(j jsonb) returns text language plpgsql immutable strict as $$
begin
    case jsonb_typeof(j)
        when 'object' then
            return '{' || coalesce((select string_agg(to_json(e.key)::text || ':' || declaration_canonical(e.value), ','
                                                      order by e.key collate "C")
                                    from jsonb_each(j) e where jsonb_typeof(e.value) <> 'null'), '') || '}';
        when 'array' then
            return '[' || coalesce((select string_agg(declaration_canonical(e.value), ',' order by e.ord)
                                    from jsonb_array_elements(j) with ordinality e(value, ord)), '') || ']';
        else
            return j::text;
    end case;
end $$;

create function declaration_field(name text, value text) returns text language sql immutable as $$
    select name || ':' || octet_length(convert_to(value, 'UTF8')) || ':' || value || E'\n'
$$;

-- The entry hash; the byte layout is specified in DeclarationChain's Javadoc.
create function declaration_entry_hash(p_number text, p_seq integer, p_version integer, p_kind text,
                                       p_post_code text, p_at timestamptz, p_declaration_hash text, p_prev_hash text)
    returns text language sql immutable as $$
    select encode(sha256(convert_to(
        declaration_field('format', 'karvon-declaration-v1')
        || declaration_field('prevHash', p_prev_hash)
        || declaration_field('consignmentNumber', p_number)
        || declaration_field('seq', p_seq::text)
        || declaration_field('version', p_version::text)
        || declaration_field('kind', p_kind)
        || declaration_field('postCode', p_post_code)
        || declaration_field('at', to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        || declaration_field('declarationHash', p_declaration_hash), 'UTF8')), 'hex')
$$;

-- Appends one entry after the consignment's last one and queues its hash into the transparency log.
-- A null declaration repeats the last declaration hash (cancellation, grant); a null version is the
-- record's current one. Appends to one chain take turns under a transaction-scoped advisory lock (a grant
-- does not hold the record's row lock; the journal never takes this lock, so no lock cycle arises).
create function declaration_append(p_number text, p_version integer, p_kind text, p_post_code text,
                                   p_declaration text, p_at timestamptz) returns void language plpgsql as $$
declare
    last_entry declaration_version;
    next_seq   integer;
    prev       text;
    decl       text;
    entry      text;
    stamp      timestamptz := date_trunc('milliseconds', p_at);
begin
    perform pg_advisory_xact_lock(hashtext('karvon-declaration:' || p_number));
    if p_version is null then
        select c.version into p_version from consignment c where c.number = p_number;
    end if;
    select * into last_entry from declaration_version d where d.consignment_number = p_number
        order by d.seq desc limit 1;
    next_seq := coalesce(last_entry.seq, 0) + 1;
    prev := coalesce(last_entry.hash, repeat('0', 64));
    decl := coalesce(encode(sha256(convert_to(p_declaration, 'UTF8')), 'hex'), last_entry.declaration_hash);
    if decl is null then
        raise exception 'a % entry needs a declaration before it', p_kind;
    end if;
    entry := declaration_entry_hash(p_number, next_seq, p_version, p_kind, p_post_code, stamp, decl, prev);
    insert into declaration_version (consignment_number, seq, version, kind, post_code, declaration,
                                     declaration_hash, prev_hash, hash, at)
    values (p_number, next_seq, p_version, p_kind, p_post_code, p_declaration, decl, prev, entry, stamp);
    insert into log_queue (entry_hash) values (decode(entry, 'hex')) on conflict do nothing;
end $$;

create function declaration_registered() returns trigger language plpgsql as $$
begin
    perform declaration_append(new.number, new.version, 'REGISTERED', '', declaration_canonical(new.details),
                               new.created_at);
    return null;
end $$;

create trigger declaration_registered after insert on consignment
    for each row execute function declaration_registered();

-- An amendment raises the version; a cancellation sets CANCELLED. The journal's own updates (status,
-- location, seals, head) change neither and do not fire.
create function declaration_changed() returns trigger language plpgsql as $$
begin
    if new.version <> old.version then
        perform declaration_append(new.number, new.version, 'AMENDED', '', declaration_canonical(new.details),
                                   new.updated_at);
    end if;
    if new.status = 'CANCELLED' and old.status is distinct from 'CANCELLED' then
        perform declaration_append(new.number, new.version, 'CANCELLED', '', null, new.updated_at);
    end if;
    return null;
end $$;

create trigger declaration_changed after update on consignment
    for each row
    when ((new.status = 'CANCELLED' and old.status is distinct from 'CANCELLED') or new.version <> old.version)
    execute function declaration_changed();

-- A grant to a post off the itinerary (a new one, or one renewed after it expired unused).
create function declaration_granted() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.granted_at is distinct from old.granted_at then
        perform declaration_append(new.consignment_number, null, 'GRANTED', new.post_code, null, new.granted_at);
    end if;
    return null;
end $$;

create trigger declaration_granted after insert or update of granted_at on scan_access
    for each row execute function declaration_granted();

-- Backfill: every consignment without entries gets a REGISTERED entry from its current declaration (with
-- the version it has: versions overwritten in place before this migration cannot be recovered) and, when
-- cancelled, a CANCELLED entry. Grants made before this migration are not backfilled.
create function declaration_backfill() returns integer language plpgsql as $$
declare
    c      consignment;
    filled integer := 0;
begin
    for c in select * from consignment k
             where not exists (select 1 from declaration_version d where d.consignment_number = k.number)
             order by k.created_at, k.number loop
        perform declaration_append(c.number, c.version, 'REGISTERED', '', declaration_canonical(c.details), c.created_at);
        if c.status = 'CANCELLED' then
            perform declaration_append(c.number, c.version, 'CANCELLED', '', null, c.updated_at);
        end if;
        filled := filled + 1;
    end loop;
    return filled;
end $$;

select declaration_backfill();
