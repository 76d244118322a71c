-- Private keys, stored only wrapped (README "Keys"): AES-256-GCM under a key derived with HKDF-SHA256 from the
-- master key file (KARVON_MASTER_KEY_FILE), which is never in the database. One wrapping key per purpose;
-- the GCM associated data is the purpose and the kid, so a wrapped key cannot be moved to another row.
-- The plaintext keys of older versions (signing_key.jwk, service_secret 'access-token-hmac') are wrapped into
-- this table by the Java migration V20 and then removed.
create table wrapped_key (
    purpose    text        not null check (purpose in ('qr-signing', 'log-signing', 'evidence-signing', 'access-token-hmac')),
    kid        text        not null check (kid ~ '^[A-Za-z0-9._+-]{1,64}$'),
    -- 0x01 ‖ 12-byte nonce ‖ ciphertext ‖ 16-byte tag
    wrapped    bytea       not null check (octet_length(wrapped) between 29 and 1024),
    -- the public half where there is one (Ed25519: 32 bytes); null for the HMAC key
    public_key bytea,
    -- ACTIVE signs; RETIRED still verifies (QR, log, evidence) or is accepted for one token lifetime (HMAC);
    -- REVOKED (QR keys) is withdrawn: codes it signed scan REVOKED
    state      text        not null default 'ACTIVE' check (state in ('ACTIVE', 'RETIRED', 'REVOKED')),
    created_at timestamptz not null default now(),
    retired_at timestamptz,
    revoked_at timestamptz,
    primary key (purpose, kid),
    check ((state = 'REVOKED') = (revoked_at is not null))
);

-- at most one active key per purpose (rotation and revocation keep exactly one, see WrappedKeyStore)
create unique index wrapped_key_one_active on wrapped_key (purpose) where state = 'ACTIVE';
