// Rule updates (docs/RULES.md): `jamsos rules [--since OLD] [--sign KEY]` writes the sealed (and
// signed) bundle, with the changes since OLD as its changelog; `jamsos keygen PREFIX` makes the
// publisher's key pair; `jamsos diff --from OLD [--as-of DATE] [FILE]` shows whose
// figures change between OLD and the rules in use (the built-in ones or --rules NEW), and why.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "commands.hpp"
#include "jamsos/diff.hpp"
#include "jamsos/receipt.hpp"
#include "jamsos/rules_diff.hpp"
#include "signing.hpp"

namespace jamsos_cli {

bool load_rules_file(const std::string& path, jamsos::RuleSet& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    std::fprintf(stderr, "jamsos: cannot read rules file '%s'\n", path.c_str());
    return false;
  }
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  std::string err;
  if (!jamsos::load_rules_bundle(text, out, err)) {
    std::fprintf(stderr, "jamsos: %s: %s\n", path.c_str(), err.c_str());
    return false;
  }
  const std::string& publisher = jamsos_sign::publisher_public_key();
  switch (jamsos_sign::check(out, publisher)) {
    case jamsos_sign::Verdict::Publisher:
      std::fprintf(stderr, "jamsos: %s: signed by the rules publisher (key %s)\n", path.c_str(),
                   out.signature().key_id.c_str());
      return true;
    case jamsos_sign::Verdict::Unsigned:
      std::fprintf(stderr, "jamsos: note: %s is not signed: used here, but nothing shows who made it\n", path.c_str());
      return true;
    case jamsos_sign::Verdict::ForeignKey:
      std::fprintf(stderr, "jamsos: %s: signed with key %s, not the rules publisher's (%s): refused\n", path.c_str(),
                   out.signature().key_id.c_str(), jamsos_sign::key_id(publisher).c_str());
      return false;
    case jamsos_sign::Verdict::Invalid:
      break;
  }
  std::fprintf(stderr,
               "jamsos: %s: the signature does not match the content (changed after it was signed, or not "
               "signed with the publisher's key): refused\n",
               path.c_str());
  return false;
}

int cmd_rules(const jamsos::RuleSet& R, const std::vector<std::string>& args) {
  std::string since, key_file;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--since" && i + 1 < args.size())
      since = args[++i];
    else if (args[i] == "--sign" && i + 1 < args.size())
      key_file = args[++i];
    else
      return usage("unknown rules argument '" + args[i] + "'");
  }
  std::string secret, err;
  if (!key_file.empty() && !jamsos_sign::read_secret_key(key_file, secret, err)) {
    std::fprintf(stderr, "jamsos: %s\n", err.c_str());
    return 1;
  }
  jamsos::RuleSet out = R;
  if (!since.empty()) {
    jamsos::RuleSet old;
    if (!load_rules_file(since, old)) return 1;
    const std::vector<jamsos::RuleChange> changes = jamsos::diff_rules(old, R);
    if (!jamsos::set_rules_history(out, old.version(), jamsos::changelog_json(changes), err)) {
      std::fprintf(stderr, "jamsos: %s\n", err.c_str());
      return 1;
    }
    std::fprintf(stderr, "jamsos: %zu change%s since %s\n", changes.size(), changes.size() == 1 ? "" : "s",
                 old.version().c_str());
  }
  if (!secret.empty()) {
    if (!jamsos_sign::sign(out, secret, err)) {
      std::fprintf(stderr, "jamsos: %s\n", err.c_str());
      return 1;
    }
    const bool publisher =
        jamsos_sign::check(out, jamsos_sign::publisher_public_key()) == jamsos_sign::Verdict::Publisher;
    std::fprintf(stderr, "jamsos: signed with key %s%s\n", out.signature().key_id.c_str(),
                 publisher ? " (the rules publisher's key built into this jamsos)"
                           : ": NOT the publisher key built into this jamsos, which will refuse it");
  }
  std::fwrite(out.bundle_json().data(), 1, out.bundle_json().size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

int cmd_keygen(const std::vector<std::string>& args) {
  if (args.size() != 1 || args[0].empty() || args[0][0] == '-')
    return usage("keygen needs PREFIX (writes PREFIX.key, PREFIX.pub)");
  std::string pk, sk, err;
  if (!jamsos_sign::generate_key_pair(pk, sk)) {
    std::fprintf(stderr, "jamsos: cannot generate a key (libsodium did not start)\n");
    return 1;
  }
  if (!jamsos_sign::write_key_files(args[0], pk, sk, err)) {
    std::fprintf(stderr, "jamsos: %s\n", err.c_str());
    return 1;
  }
  std::printf("%s\n", jamsos_sign::key_id(pk).c_str());
  std::fprintf(stderr, "jamsos: wrote %s.key (secret: keep it off the repository) and %s.pub (key %s)\n",
               args[0].c_str(), args[0].c_str(), jamsos_sign::key_id(pk).c_str());
  return 0;
}

int cmd_diff(const jamsos::RuleSet& R, const std::vector<std::string>& args) {
  std::string from, as_of, file;
  std::vector<std::pair<std::string, std::string>> mapping;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--from" && has_value)
      from = args[++i];
    else if (a == "--as-of" && has_value)
      as_of = args[++i];
    else if (a == "--map" && has_value) {
      if (!parse_mapping(args[++i], mapping)) return usage("--map needs FIELD=COLUMN");
    } else if (!a.empty() && a[0] != '-' && file.empty())
      file = a;
    else
      return usage("unknown diff argument '" + a + "'");
  }
  if (from.empty()) return usage("diff needs --from OLD_RULES.json (the rules to compare with)");
  jamsos::RuleSet before;
  if (!load_rules_file(from, before)) return 1;
  std::FILE* f = open_input(file);
  if (!f) return 2;
  Out out{stdout, {}};
  jamsos::DiffSummary sum;
  if (as_of.empty()) {
    // Eval inputs (a JSON array or JSON Lines), each with its own as_of.
    std::string text;
    read_chunks(f, [&](const char* p, size_t n) { return text.append(p, n), true; });
    if (f != stdin) std::fclose(f);
    std::string err;
    if (!jamsos::diff_inputs(before, R, text, out.buf, sum, err)) {
      std::fprintf(stderr, "jamsos: %s (a roster CSV needs --as-of)\n", err.c_str());
      return 2;
    }
  } else {
    jamsos::RosterOptions opt;
    if (!jamsos::parse_date(as_of, opt.as_of)) return usage("--as-of must be a date written YYYY-MM-DD");
    if (opt.as_of < R.start()) return usage("--as-of must be on or after " + jamsos::format_date(R.start()));
    opt.mapping = mapping;
    jamsos::RosterDiff d(before, R, opt);
    bool ok = read_chunks(f, [&](const char* p, size_t n) {
      bool more = d.feed(p, n, out.buf);
      out.flush_if_big();
      return more;
    });
    if (f != stdin) std::fclose(f);
    ok = ok && d.finish(out.buf);
    if (!ok) {
      out.flush();
      std::fprintf(stderr, "jamsos: %s\n", d.error().empty() ? "read error" : d.error().c_str());
      return 2;
    }
    sum = d.diff_summary();
  }
  out.buf += jamsos::diff_summary_json(sum);
  out.buf += '\n';
  out.flush();
  return 0;
}

// `jamsos receipt < input.json`: the receipt of one answer. `jamsos verify < receipt.json`: the
// report; exit 0 same, 3 mismatch (altered), 4 different rules, 2 not a receipt.
int cmd_receipt(const jamsos::RuleSet& R, bool verify) {
  std::string text;
  read_chunks(stdin, [&](const char* p, size_t n) { return text.append(p, n), true; });
  std::string out;
  int rc = 0;
  if (!verify) {
    rc = jamsos::make_receipt(R, text, out) ? 0 : 2;
  } else {
    switch (jamsos::verify_receipt(R, text, out)) {
      case jamsos::ReceiptVerdict::Same:
        rc = 0;
        break;
      case jamsos::ReceiptVerdict::Mismatch:
        rc = 3;
        break;
      case jamsos::ReceiptVerdict::DifferentRules:
        rc = 4;
        break;
      case jamsos::ReceiptVerdict::Invalid:
        rc = 2;
        break;
    }
  }
  out += '\n';
  std::fwrite(out.data(), 1, out.size(), stdout);
  return rc;
}

}  // namespace jamsos_cli
