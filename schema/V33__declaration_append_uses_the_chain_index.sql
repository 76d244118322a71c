-- V30's declaration_append compared the char(18) key columns with its text parameter, and char = text is
-- text equality: neither consignment_pkey nor declaration_version_pkey can serve it, so every registration,
-- amendment, cancellation and grant scanned the whole declaration_version table (and a grant the whole
-- consignment table). Registering slowed with every record stored; seeding 100,000 records took over half
-- an hour. The same function with the number as char(18), so both lookups are index scans again.
create or replace function declaration_append(p_number text, p_version integer, p_kind text, p_post_code text,
                                              p_declaration text, p_at timestamptz) returns void language plpgsql as $$
declare
    v_number   char(18) := p_number;
    last_entry declaration_version;
    next_seq   integer;
    prev       text;
    decl       text;
    entry      text;
    stamp      timestamptz := date_trunc('milliseconds', p_at);
begin
    perform pg_advisory_xact_lock(hashtext('karvon-declaration:' || p_number));
    if p_version is null then
        select c.version into p_version from consignment c where c.number = v_number;
    end if;
    select * into last_entry from declaration_version d where d.consignment_number = v_number
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
