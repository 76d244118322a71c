// Verifies a Karvon KV1 QR token on the device: "KV1:" + Base45 (RFC 9285) of a tagged COSE_Sign1
// (RFC 9052) with protected header {1: -8 (EdDSA), 4: kid}, an empty unprotected header, a CWT-style
// claims map as payload, and an Ed25519 signature over ["Signature1", protected, h'', payload].
// It reads exactly what the server's verifier reads (deterministic CBOR only, same claim rules), so
// both give the same verdict for every token. No dependencies; WebCrypto Ed25519 checks the signature.

const PREFIX = 'KV1:';
const MAX_LENGTH = 3391;
const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const MAX_DEPTH = 4;
const LONGEST_TEXT = 100;
const LATEST_ISSUE = 253402300799;
const CLAIMS = { number: 2, issuedAt: 6, version: -1, departurePost: -2, destinationPost: -3, itinerary: -4,
  vehiclePlates: -5, containers: -6, seals: -7, containerCount: -8, containerDigest: -9 };
const KNOWN = new Set(Object.values(CLAIMS));

class Malformed extends Error {}

function fail(reason) {
  throw new Malformed(reason);
}

export function base45Decode(text) {
  if (text.length % 3 === 1) fail('base45 length');
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  const value = (i) => {
    const v = BASE45.indexOf(text[i]);
    if (v < 0) fail('base45 character');
    return v;
  };
  for (let i = 0; i < text.length; i += 3) {
    const last = i + 2 >= text.length;
    const n = value(i) + 45 * value(i + 1) + (last ? 0 : 2025 * value(i + 2));
    if (n > (last ? 0xff : 0xffff)) fail('base45 value');
    if (!last) out[o++] = n >> 8;
    out[o++] = n & 0xff;
  }
  return out;
}

// Deterministic CBOR (RFC 8949 §4.2.1) only: shortest heads, definite lengths, map keys in strictly
// increasing bytewise order, no floats or simple values, nothing after the item.
function decodeCbor(bytes) {
  let at = 0;
  const need = (n) => {
    if (at + n > bytes.length) fail('cbor truncated');
  };
  const head = () => {
    need(1);
    const first = bytes[at++];
    const major = first >> 5;
    const info = first & 31;
    if (info < 24) return [major, info];
    if (info > 27) fail('cbor indefinite or reserved');
    const size = 1 << (info - 24);
    need(size);
    let n = 0n;
    for (let i = 0; i < size; i++) n = (n << 8n) | BigInt(bytes[at++]);
    const floor = [24n, 256n, 65536n, 4294967296n][info - 24];
    if (n < floor) fail('cbor not shortest');
    return [major, n > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(n)];
  };
  const item = (depth) => {
    if (depth > MAX_DEPTH) fail('cbor too deep');
    const [major, n] = head();
    switch (major) {
      case 0: return { int: n };
      case 1: return { int: -1 - n };
      case 2: case 3: {
        if (n > bytes.length - at) fail('cbor truncated');
        const slice = bytes.slice(at, at + n);
        at += n;
        if (major === 2) return { bytes: slice };
        try {
          return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(slice) };
        } catch (e) {
          fail('cbor utf-8');
        }
      }
      case 4: {
        if (n > bytes.length - at) fail('cbor truncated');
        const items = [];
        for (let i = 0; i < n; i++) items.push(item(depth + 1));
        return { array: items };
      }
      case 5: {
        if (n > bytes.length - at) fail('cbor truncated');
        const entries = [];
        let previous = null;
        for (let i = 0; i < n; i++) {
          const start = at;
          const key = item(depth + 1);
          const encoded = bytes.slice(start, at);
          if (previous && compare(previous, encoded) >= 0) fail('cbor map keys not sorted or duplicate');
          previous = encoded;
          entries.push([key, item(depth + 1)]);
        }
        return { map: entries };
      }
      default: fail('cbor type not used by Karvon');
    }
  };
  const result = item(0);
  if (at !== bytes.length) fail('cbor trailing bytes');
  return result;
}

function compare(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

function encodeHead(major, n) {
  if (n < 24) return [(major << 5) | n];
  if (n < 256) return [(major << 5) | 24, n];
  if (n < 65536) return [(major << 5) | 25, n >> 8, n & 0xff];
  return [(major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function sigStructure(protectedHeader, payload) {
  const context = new TextEncoder().encode('Signature1');
  return Uint8Array.from([...encodeHead(4, 4), ...encodeHead(3, context.length), ...context,
    ...encodeHead(2, protectedHeader.length), ...protectedHeader, ...encodeHead(2, 0),
    ...encodeHead(2, payload.length), ...payload]);
}

function get(map, key) {
  const entry = map.find(([k]) => k.int === key);
  return entry ? entry[1] : undefined;
}

function kidOf(protectedHeader) {
  const header = decodeCbor(protectedHeader);
  if (!header.map || header.map.length !== 2 || get(header.map, 1)?.int !== -8 || !get(header.map, 4)?.bytes) {
    fail('protected header must be exactly {1: -8, 4: kid}');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(get(header.map, 4).bytes);
  } catch (e) {
    fail('kid is not UTF-8');
  }
}

function text(map, key) {
  const value = get(map, key);
  if (!value || value.text === undefined) fail(`claim ${key} must be text`);
  if (value.text.length > LONGEST_TEXT) fail(`claim ${key} too long`);
  return value.text;
}

function integer(map, key, max) {
  const value = get(map, key);
  if (!value || value.int === undefined || value.int < 0 || value.int > max) fail(`claim ${key} out of range`);
  return value.int;
}

function list(map, key) {
  const value = get(map, key);
  if (value === undefined) return [];
  if (!value.array || value.array.length === 0) fail(`claim ${key} must be a non-empty array`);
  return value.array.map((item) => {
    if (item.text === undefined) fail(`claim ${key} must hold text`);
    return item.text;
  });
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function containerDigest(containers) {
  const text = containers.map((c) => c + '\n').join('');
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

async function readClaims(payload) {
  const claims = decodeCbor(payload);
  if (!claims.map) fail('claims are not a map');
  for (const [key] of claims.map) {
    if (key.int === undefined || !KNOWN.has(key.int)) fail('unknown claim');
  }
  const containers = list(claims.map, CLAIMS.containers);
  const digested = get(claims.map, CLAIMS.containerCount) !== undefined || get(claims.map, CLAIMS.containerDigest) !== undefined;
  if (digested && containers.length > 0) fail('containers both listed and digested');
  let digest;
  if (digested) {
    const count = integer(claims.map, CLAIMS.containerCount, 2147483647);
    const sha256 = get(claims.map, CLAIMS.containerDigest);
    if (!sha256 || !sha256.bytes || sha256.bytes.length !== 32) fail('container digest must be 32 bytes');
    digest = { count, sha256: hex(sha256.bytes) };
  } else {
    digest = { count: containers.length, sha256: await containerDigest(containers) };
  }
  const result = {
    number: text(claims.map, CLAIMS.number),
    version: integer(claims.map, CLAIMS.version, 2147483647),
    issuedAt: new Date(integer(claims.map, CLAIMS.issuedAt, LATEST_ISSUE) * 1000).toISOString(),
    departurePost: text(claims.map, CLAIMS.departurePost),
    destinationPost: text(claims.map, CLAIMS.destinationPost),
    itinerary: list(claims.map, CLAIMS.itinerary),
    vehiclePlates: list(claims.map, CLAIMS.vehiclePlates),
    containers,
    seals: list(claims.map, CLAIMS.seals),
    containerDigest: digest,
  };
  if (result.version < 1 || !result.number.trim() || !result.departurePost.trim() || !result.destinationPost.trim()
      || result.itinerary.length === 0) {
    fail('required claim missing');
  }
  return result;
}

function sign1Of(text) {
  if (typeof text !== 'string' || !text.startsWith(PREFIX) || text.length > MAX_LENGTH) fail('not a KV1 token');
  const bytes = base45Decode(text.slice(PREFIX.length));
  if (bytes.length < 2 || bytes[0] !== 0xd2) fail('not a tagged COSE_Sign1');
  const sign1 = decodeCbor(bytes.subarray(1));
  const [protectedHeader, unprotected, payload, signature] = sign1.array || [];
  if (!sign1.array || sign1.array.length !== 4 || !protectedHeader.bytes || !unprotected.map
      || unprotected.map.length !== 0 || !payload.bytes || !signature.bytes || signature.bytes.length !== 64) {
    fail('not [protected, {}, payload, signature]');
  }
  return { protectedHeader: protectedHeader.bytes, payload: payload.bytes, signature: signature.bytes };
}

/**
 * The verdict for a scanned text against a JWKS ({keys: [...]}, as served at /api/trust/keys):
 * VALID_ON_DEVICE (with the claims), FORGED, UNKNOWN_KEY or MALFORMED (claims null).
 */
export async function verifyCoseToken(text, jwks) {
  try {
    const { protectedHeader, payload, signature } = sign1Of(text);
    const kid = kidOf(protectedHeader);
    const jwk = (jwks?.keys || []).find((key) => key.kid === kid && key.kty === 'OKP' && key.crv === 'Ed25519');
    if (!jwk) return { verdict: 'UNKNOWN_KEY', claims: null };
    const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, { name: 'Ed25519' },
      false, ['verify']);
    if (!await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, sigStructure(protectedHeader, payload))) {
      return { verdict: 'FORGED', claims: null };
    }
    return { verdict: 'VALID_ON_DEVICE', claims: await readClaims(payload) };
  } catch (e) {
    // anything not exactly a token we issue, including a key the JWKS cannot give
    return { verdict: 'MALFORMED', claims: null, reason: e.message };
  }
}
