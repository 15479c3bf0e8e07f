// The publisher's signature of a rule bundle, checked in the page (docs/RULES.md "Signatures"):
// Ed25519 with tweetnacl 1.0.3 (audited by Cure53; exact version in package-lock.json). A bundle
// of its own, fetched only when a signed bundle is checked (engine.js imports it by URL), so the
// first screen does not carry it. The engine's C++ loader has already checked the seal: the
// signature signs the 64 hex digits of "sha256", which cover everything else in the bundle.
import nacl from 'tweetnacl';
import { PUBLIC_KEY, KEY_ID } from 'jamsos-rules-key';

const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/**
 * The verdict on a checked bundle's summary ({sha256, signature: null | {key_id, value}}):
 * 'unsigned', 'publisher' (the key built into this site, and the signature matches),
 * 'foreign_key' (signed with another key) or 'invalid' (the signature does not match).
 */
export function verdict(info) {
  const sig = info.signature;
  if (!sig) return 'unsigned';
  if (sig.key_id !== KEY_ID) return 'foreign_key';
  let value;
  try { value = bytes(sig.value); } catch { return 'invalid'; }
  if (value.length !== nacl.sign.signatureLength) return 'invalid';
  return nacl.sign.detached.verify(new TextEncoder().encode(info.sha256), value, bytes(PUBLIC_KEY)) ? 'publisher' : 'invalid';
}
