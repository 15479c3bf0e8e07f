#!/bin/bash
# Signed rule bundles end to end (docs/RULES.md "Signatures"): `jamsos keygen`, `jamsos rules
# --sign`, and `jamsos --rules FILE` with a bundle unsigned (used, with a note), signed with the
# publisher key (the development key tests/fixtures/rules-dev.key, which the default build trusts),
# signed with a foreign key (refused), with its signature altered (refused), and with its content
# edited and resealed after signing (refused). Fixtures are made here, at test time.
# Usage: cli_signatures.sh JAMSOS DEV_KEY
set -u
J="$1"
DEV_KEY="$2"
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
v=$("$J" version)

# keygen: a new pair, the secret file private, never overwritten.
id=$("$J" keygen "$tmp/foreign" 2>"$tmp/kg.err"); rc=$?
check "keygen exits 0 and prints the key id" '[ $rc -eq 0 ] && [[ "$id" =~ ^[0-9a-f]{16}$ ]]'
check "keygen: the secret key file is mode 600" '[ "$(stat -c %a "$tmp/foreign.key")" = 600 ]'
"$J" keygen "$tmp/foreign" >/dev/null 2>"$tmp/kg2.err"; rc=$?
check "keygen refuses to overwrite a key" '[ $rc -eq 1 ] && grep -q "never overwritten" "$tmp/kg2.err"'

# Unsigned: used, with a note.
"$J" rules > "$tmp/unsigned.json"
check "an unsigned bundle has no signature" '! grep -q "\"signature\"" "$tmp/unsigned.json"'
out=$("$J" --rules "$tmp/unsigned.json" version 2>"$tmp/u.err"); rc=$?
check "unsigned: used (exit 0, same version)" '[ $rc -eq 0 ] && [ "$out" = "$v" ]'
check "unsigned: a note on stderr says so" 'grep -q "is not signed" "$tmp/u.err"'

# Signed with the publisher key: used, and said so.
"$J" rules --sign "$DEV_KEY" > "$tmp/signed.json" 2>"$tmp/s.err"; rc=$?
check "rules --sign exits 0" '[ $rc -eq 0 ] && grep -q "\"alg\": \"ed25519\"" "$tmp/signed.json"'
check "rules --sign names the publisher key" 'grep -q "the rules publisher" "$tmp/s.err"'
out=$("$J" --rules "$tmp/signed.json" version 2>"$tmp/p.err"); rc=$?
check "publisher-signed: used" '[ $rc -eq 0 ] && [ "$out" = "$v" ]'
check "publisher-signed: stderr says signed by the publisher" 'grep -q "signed by the rules publisher" "$tmp/p.err"'
"$J" --rules "$tmp/signed.json" rules > "$tmp/again.json" 2>/dev/null
check "a signed bundle printed again keeps its signature" 'cmp -s "$tmp/signed.json" "$tmp/again.json"'
# Signed together with --since: the history is sealed first, then signed.
"$J" rules --since "$tmp/unsigned.json" --sign "$DEV_KEY" > "$tmp/since.json" 2>/dev/null
"$J" --rules "$tmp/since.json" version >/dev/null 2>"$tmp/since.err"; rc=$?
check "--since with --sign: a valid publisher signature" '[ $rc -eq 0 ] && grep -q "signed by the rules publisher" "$tmp/since.err"'

# An independent check of the signature (node's Ed25519, not libsodium): it signs the sha256 text.
if command -v node >/dev/null; then
  node - "$tmp/signed.json" "$(grep -v '^#' "$(dirname "$0")/fixtures/rules-dev.pub")" <<'JS' && ok=1 || ok=0
const b = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const c = require('crypto');
const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(process.argv[3], 'base64')]);
const key = c.createPublicKey({ key: der, format: 'der', type: 'spki' });
process.exit(c.verify(null, Buffer.from(b.sha256), key, Buffer.from(b.signature.value, 'base64')) ? 0 : 1);
JS
  check "node's own Ed25519 verifies the signature over the sha256 text" '[ $ok -eq 1 ]'
fi

# Signed with a foreign key: refused.
"$J" rules --sign "$tmp/foreign.key" > "$tmp/foreign.json" 2>"$tmp/f1.err"
check "signing with a foreign key warns that the publisher key will refuse it" 'grep -q "NOT the publisher key" "$tmp/f1.err"'
"$J" --rules "$tmp/foreign.json" version >/dev/null 2>"$tmp/f.err"; rc=$?
check "foreign key: refused (exit 1)" '[ $rc -eq 1 ]'
check "foreign key: the message names both keys" 'grep -q "not the rules publisher" "$tmp/f.err" && grep -q "$id" "$tmp/f.err"'

# The signature altered (one character): refused.
python3 - "$tmp/signed.json" "$tmp/altered.json" "$tmp/resealed.json" <<'PY'
import json, sys, hashlib
b = json.load(open(sys.argv[1]))
v = b["signature"]["value"]
b["signature"]["value"] = ("B" if v[0] == "A" else "A") + v[1:]
json.dump(b, open(sys.argv[2], "w"))
# The content edited and sealed again (a valid sha256), the old signature kept.
b = json.load(open(sys.argv[1]))
b["reviewed_until"] = b["reviewed_until"]  # unchanged; the edit is in the changelog
b["changelog"] = [{"text_id": "palsu", "text_en": "forged"}]
sig = b.pop("signature"); b.pop("sha256")
b["sha256"] = hashlib.sha256(json.dumps(b, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()
b["signature"] = sig
json.dump(b, open(sys.argv[3], "w"))
PY
"$J" --rules "$tmp/altered.json" version >/dev/null 2>"$tmp/a.err"; rc=$?
check "altered signature: refused (exit 1)" '[ $rc -eq 1 ] && grep -q "signature does not match" "$tmp/a.err"'
"$J" --rules "$tmp/resealed.json" version >/dev/null 2>"$tmp/r.err"; rc=$?
check "content edited and resealed after signing: refused" '[ $rc -eq 1 ] && grep -q "signature does not match" "$tmp/r.err"'
# A signature whose shape is wrong is refused by the loader, before any key is looked at.
sed 's/"alg": "ed25519"/"alg": "rsa"/' "$tmp/signed.json" > "$tmp/alg.json"
"$J" --rules "$tmp/alg.json" version >/dev/null 2>"$tmp/alg.err"; rc=$?
check "another signature scheme: refused, named" '[ $rc -eq 1 ] && grep -q "cannot check" "$tmp/alg.err"'
# A bad key file for --sign: refused with the reason.
echo "not a key" > "$tmp/bad.key"
"$J" rules --sign "$tmp/bad.key" >/dev/null 2>"$tmp/bk.err"; rc=$?
check "--sign with a bad key file: exit 1, named" '[ $rc -eq 1 ] && grep -q "not a secret key" "$tmp/bk.err"'
"$J" rules --sign "$tmp/foreign.pub" >/dev/null 2>"$tmp/pk.err"; rc=$?
check "--sign with a public key file: refused" '[ $rc -eq 1 ]'

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
