// Signs DCI envelopes the way the giamngheo registry verifies them (README, "Connecting a system"):
// Ed25519 over "(created): …\n(expires): …\ndigest: SHA-256=<base64 of SHA-256 of the RFC 8785 canonical JSON of
// {header, message}>", written as the specification's MsgSignature. Used by the compliance run's signing gateway and
// as the independent check of the registry's own signer (MessageSignaturesTests).
import crypto from 'node:crypto';

/** RFC 8785: sorted member names (UTF-16 order), no white space, ECMAScript number and string forms. */
export function canonical(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  const keys = Object.keys(value).filter(k => value[k] !== undefined).sort();
  return '{' + keys.map(k => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
}

export function signingContent(created, expires, header, message) {
  const digest = crypto.createHash('sha256').update(canonical({ header, message: message ?? null }), 'utf8')
    .digest('base64');
  return `(created): ${created}\n(expires): ${expires}\ndigest: SHA-256=${digest}`;
}

export function sign({ senderId, keyId, privateKey, header, message, now = Date.now() }) {
  const created = Math.floor(now / 1000);
  const expires = created + 3600;
  const value = crypto.sign(null, Buffer.from(signingContent(created, expires, header, message), 'utf8'), privateKey)
    .toString('base64');
  return `namespace="spdci", kidId="${senderId}|${keyId}|ed25519", algorithm="ed25519", created="${created}", `
    + `expires="${expires}", headers="(created) (expires) digest", signature="${value}"`;
}

// `node dci-sign.mjs envelope SENDER_ID KEY_ID KEY.pem < {header, message}`: the envelope, signed now, with a
// fresh message_id and message_ts unless the header has them.
if (process.argv[2] === 'envelope') {
  const [senderId, keyId, keyFile] = process.argv.slice(3);
  const fs = await import('node:fs');
  const { header, message } = JSON.parse(fs.readFileSync(0, 'utf8'));
  header.message_id ??= `msg-${crypto.randomUUID()}`;
  header.message_ts ??= new Date().toISOString();
  header.sender_id ??= senderId;
  const privateKey = crypto.createPrivateKey(fs.readFileSync(keyFile));
  console.log(JSON.stringify({ signature: sign({ senderId, keyId, privateKey, header, message }), header, message }));
}

// `node dci-sign.mjs vector`: a key, an envelope and its signature, for the Java side to verify.
if (process.argv[2] === 'vector') {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const header = { version: '1.0.0', message_id: 'm-1', message_ts: '2026-11-30T09:00:00+07:00', action: 'search',
    sender_id: 'bhxh-caobang', receiver_id: 'giamngheo-sr-04', total_count: 1 };
  const message = { transaction_id: 't-1', search_request: [{ reference_id: 'r-1',
    timestamp: '2026-11-30T09:00:00+07:00', search_criteria: { query_type: 'predicate', query: [{ seq_num: 1,
      expression1: { attribute_name: 'group_size', operator: 'ge', attribute_value: 2.5 } }] },
    locale: 'vie', note: 'Hộ nghèo "bản Giốc"\n\u0001 é 😀', big: 1e21, small: 1e-7, zero: 0, neg: -12.75 }] };
  const signature = sign({ senderId: 'bhxh-caobang', keyId: 'k1', privateKey, header, message,
    now: Date.parse('2026-11-30T02:00:00Z') });
  console.log(JSON.stringify({ jwk: publicKey.export({ format: 'jwk' }), canonical: canonical({ header, message }),
    envelope: { signature, header, message } }));
}
