// A DCI client's signing gateway, for running OpenSPP's compliance suite (spdci-compliance) against the registry.
// The suite cannot sign yet: it sends the placeholder signature "unsigned-stub" (its "stub mode"; real signing is
// "future" in its common/helpers/signature.js). This gateway stands where a system's own signing step would: it
// forwards every request to the registry and replaces that placeholder, and only that, with the system's real
// signature over the header and message as sent. Any other signature — the suite's invalid-signature test sends
// "invalid-signature" — passes through untouched, for the registry to refuse.
//
//   node signing-gateway.mjs <listen-port> <registry-base-url> <sender-id> <key-id> <private-key.pem>
import http from 'node:http';
import fs from 'node:fs';
import crypto from 'node:crypto';
import { sign } from './dci-sign.mjs';

const [port, target, senderId, keyId, keyFile] = process.argv.slice(2);
const privateKey = crypto.createPrivateKey(fs.readFileSync(keyFile));
const registry = new URL(target);

http.createServer((req, res) => {
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => {
    let body = Buffer.concat(chunks);
    try {
      const json = JSON.parse(body.toString('utf8'));
      if (json && json.signature === 'unsigned-stub') {
        json.signature = sign({ senderId, keyId, privateKey, header: json.header, message: json.message });
        body = Buffer.from(JSON.stringify(json), 'utf8');
      }
    } catch {
      // Not JSON: the registry answers it.
    }
    const headers = { ...req.headers, host: registry.host, 'content-length': String(body.length) };
    const forward = http.request({ hostname: registry.hostname, port: registry.port, method: req.method,
      path: req.url, headers }, answer => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', e => { res.writeHead(502); res.end(String(e)); });
    forward.end(body);
  });
}).listen(Number(port), '127.0.0.1', () => console.log(`signing gateway on 127.0.0.1:${port} → ${target}`));
