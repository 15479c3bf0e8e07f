// Embind layer for the roster ("Daftar") journey, linked into a second module, jamsos-roster.wasm,
// built at -O3 and loaded lazily by the roster worker (web/src/roster-worker.js); the first
// screen's module (jamsos.wasm, bindings.cpp) stays small. Same C++ code as `jamsos roster`.
//
// Bytes go in through a buffer the module owns: chunk(n) returns a Uint8Array view of n bytes
// inside the wasm memory, the caller copies its bytes into it (one memcpy) and calls feed(n).
//   Session(options)   the browser session (roster_session.hpp): expect(bytes) / feed / finish / rows /
//                      summary / mapping / query(filter, offset, limit, indonesian) / rowCells(row) /
//                      limit() ("" | "too_many_rows" | "too_large") / setLimits(rows, bytes) (tests)
//   Runner(options)    RosterProcessor: feed / finish, output() view of the CSV or JSON lines
//                      written so far (clearOutput() after copying it), summary
//   inspect(head)      inspect_csv: the mapping screen's JSON
//   reconcile(last, this, options) -> {ok, out, summary, error}
//   budget(template, people, from, months, csv) -> JSON (or CSV)
//   rewrite(csv, edits) -> {ok, out, error}     template(delimiter) -> CSV
//   RulesDiff(bundle, options)  RosterDiff (jamsos/diff.hpp): the roster under the active rules vs a
//                      sealed candidate bundle: feed / finish, output() JSON lines of the rows whose
//                      figures change, summary(); error() when the bundle is refused
//   diffInputs(from, to, inputs) -> {ok, out, summary, error}   eval inputs (a JSON array) under two
//                      rule sets, as `jamsos diff` over eval inputs (diff_inputs): `from` and `to` are
//                      sealed bundles' text, "" = the active rules
//   changesSince(old) -> {ok, previous_version, changelog, error}   every dated value that differs
//                      from the sealed bundle `old` to the active rules, as `jamsos rules --since OLD`
//   RosterBudget(bundle, options, from, months)  the roster over months (jamsos/roster_budget.hpp,
//                      `jamsos budget --roster`): feed / finish, json() / csv(), error(); bundle ""
//                      = the active rules, else a sealed candidate bundle (what it would cost)
//   budgetUnder(bundle, template, people, from, months) -> budget JSON under a candidate bundle
//                      ("" = the active rules), or {"error":...} (also when the bundle is refused)
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

#include "active_rules.hpp"
#include "jamsos/diff.hpp"
#include "jamsos/roster.hpp"
#include "jamsos/roster_budget.hpp"
#include "jamsos/rules.hpp"
#include "roster_session.hpp"

namespace {

using emscripten::val;
// Every roster call uses the page's active rules (the built-in ones or a loaded bundle).
using jamsos_wasm::active_rules;

jamsos::RosterOptions options(const std::string& json, std::string& error) {
  jamsos::RosterOptions o;
  if (!jamsos::roster_options_from_json(json, o, error)) o.as_of = jamsos::Date{};
  return o;
}

class Session {
 public:
  explicit Session(const std::string& opts) : opt_(options(opts, error_)), s_(active_rules(), opt_) {}
  val chunk(size_t n) {
    buf_.resize(n);
    return val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(&buf_[0])));
  }
  bool feed(size_t n) { return error_.empty() && s_.feed(buf_.data(), n < buf_.size() ? n : buf_.size()); }
  bool finish() { return error_.empty() && s_.finish(); }
  double rows() const { return static_cast<double>(s_.rows()); }
  void expect(double bytes) { s_.reserve(static_cast<size_t>(bytes / 70)); }  // about 70 bytes a row
  // "" | "too_many_rows" | "too_large": why feed()/finish() failed when a limit was reached.
  std::string limit() const {
    switch (s_.limit()) {
      case jamsos::RosterSession::Limit::Rows:
        return "too_many_rows";
      case jamsos::RosterSession::Limit::Memory:
        return "too_large";
      default:
        return "";
    }
  }
  // Lower limits (tests); 0 keeps a default. maxRows(): the row limit in force.
  void setLimits(double rows, double bytes) { s_.set_limits(static_cast<int64_t>(rows), static_cast<size_t>(bytes)); }
  double maxRows() const { return static_cast<double>(jamsos::RosterSession::kMaxRows); }
  double keptBytes() const { return static_cast<double>(s_.kept_bytes()); }
  std::string summary() const { return s_.summary_json(); }
  std::string mapping() const { return s_.mapping_json(); }
  std::string error() const { return error_.empty() ? s_.error() : error_; }
  std::string query(const std::string& filter, double offset, double limit, bool id) const {
    return s_.query(filter, static_cast<int64_t>(offset), static_cast<int64_t>(limit), id);
  }
  std::string rowCells(double record) const { return s_.row_cells_json(static_cast<int64_t>(record)); }

 private:
  std::string error_;
  jamsos::RosterOptions opt_;
  jamsos::RosterSession s_;
  std::string buf_;
};

class Runner {
 public:
  explicit Runner(const std::string& opts) : opt_(options(opts, error_)), p_(active_rules(), opt_) {}
  val chunk(size_t n) {
    buf_.resize(n);
    return val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(&buf_[0])));
  }
  bool feed(size_t n) { return error_.empty() && p_.feed(buf_.data(), n < buf_.size() ? n : buf_.size(), out_); }
  bool finish() { return error_.empty() && p_.finish(out_); }
  val output() {
    return val(emscripten::typed_memory_view(out_.size(), reinterpret_cast<const unsigned char*>(out_.data())));
  }
  void clearOutput() { out_.clear(); }
  double rows() const { return static_cast<double>(p_.summary().rows); }
  std::string summary() const { return p_.summary_json(); }
  std::string error() const { return error_.empty() ? p_.error() : error_; }

 private:
  std::string error_;
  jamsos::RosterOptions opt_;
  jamsos::RosterProcessor p_;
  std::string buf_, out_;
};

std::string inspect(const std::string& head) { return jamsos::inspect_csv(head); }

val reconcile(const std::string& last, const std::string& cur, const std::string& opts) {
  val r = val::object();
  jamsos::RosterOptions ro;
  std::string error;
  jamsos::ReconcileOptions o;
  if (jamsos::roster_options_from_json(opts, ro, error)) {
    o.this_as_of = ro.as_of;
    o.out_delimiter = ro.out_delimiter;
    o.mapping = ro.mapping;
    // last_as_of: one month before as_of unless the options give it.
    nlohmann::json j = nlohmann::json::parse(opts, nullptr, false);
    auto it = j.is_object() ? j.find("last_as_of") : j.end();
    if (!(j.is_object() && it != j.end() && it->is_string() &&
          jamsos::parse_date(it->get<std::string>(), o.last_as_of)))
      o.last_as_of = jamsos::one_month_before(ro.as_of);  // as `jamsos reconcile`
    std::string out, summary;
    bool ok = jamsos::reconcile_run(active_rules(), last, cur, o, out, summary, error);
    r.set("ok", ok);
    r.set("out", out);
    r.set("summary", summary);
  } else {
    r.set("ok", false);
  }
  r.set("error", error);
  return r;
}

std::string budget(const std::string& tmpl, double people, const std::string& from, int months, bool csv) {
  return jamsos::budget_from_json(active_rules(), tmpl, static_cast<int64_t>(people), from, months, csv);
}

val rewrite(const std::string& csv, const std::string& edits) {
  std::string out, error;
  bool ok = jamsos::roster_rewrite(csv, edits, out, error);
  val r = val::object();
  r.set("ok", ok);
  r.set("out", out);
  r.set("error", error);
  return r;
}

std::string templateCsv(const std::string& delimiter) {
  return jamsos::roster_template_csv(delimiter.empty() ? ',' : delimiter[0]);
}

class RulesDiff {
 public:
  RulesDiff(const std::string& bundle, const std::string& opts) : opt_(options(opts, error_)) {
    after_ = jamsos_wasm::parse_sealed_bundle(bundle, error_);
    if (after_) d_ = std::make_unique<jamsos::RosterDiff>(active_rules(), *after_, opt_);
  }
  val chunk(size_t n) {
    buf_.resize(n);
    return val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(&buf_[0])));
  }
  // The page lists the first rows only: lines past keep(n) are dropped here instead of being
  // copied into JavaScript (a 200,000-row roster can change 60,000 rows: ~60 MB of lines).
  void keep(size_t n) { keep_ = n; }
  bool feed(size_t n) {
    bool ok = d_ && d_->feed(buf_.data(), n < buf_.size() ? n : buf_.size(), out_);
    trim();
    return ok;
  }
  bool finish() {
    bool ok = d_ && d_->finish(out_);
    trim();
    return ok;
  }
  std::string output() {
    std::string o;
    o.swap(out_);
    return o;
  }
  std::string summary() const { return d_ ? jamsos::diff_summary_json(d_->diff_summary()) : "{}"; }
  std::string error() const { return d_ ? d_->error() : error_; }

 private:
  void trim() {
    size_t pos = 0;
    while (lines_ < keep_) {
      size_t nl = out_.find('\n', pos);
      if (nl == std::string::npos) return;
      pos = nl + 1;
      ++lines_;
    }
    out_.resize(pos);
  }
  size_t keep_ = static_cast<size_t>(-1), lines_ = 0;
  std::string error_;
  jamsos::RosterOptions opt_;
  std::unique_ptr<jamsos::RuleSet> after_;
  std::unique_ptr<jamsos::RosterDiff> d_;
  std::string buf_, out_;
};

// The saved Pekerja form and quotes (web/src/saved-impact.js) under two rule sets: the same
// comparison as `jamsos diff` over eval inputs. A refused bundle: ok false, error the loader's JSON.
val diffInputs(const std::string& from, const std::string& to, const std::string& inputs) {
  std::string error;
  std::unique_ptr<jamsos::RuleSet> a, b;
  if (!from.empty()) a = jamsos_wasm::parse_sealed_bundle(from, error);
  if (error.empty() && !to.empty()) b = jamsos_wasm::parse_sealed_bundle(to, error);
  std::string out;
  jamsos::DiffSummary sum;
  const bool ok =
      error.empty() && jamsos::diff_inputs(a ? *a : active_rules(), b ? *b : active_rules(), inputs, out, sum, error);
  val r = val::object();
  r.set("ok", ok);
  r.set("out", out);
  r.set("summary", ok ? jamsos::diff_summary_json(sum) : std::string());
  r.set("error", error);
  return r;
}

// The changelog from a rule set used before (a sealed bundle) to the active rules.
val changesSince(const std::string& old) {
  std::string error;
  std::unique_ptr<jamsos::RuleSet> o = jamsos_wasm::parse_sealed_bundle(old, error);
  val r = val::object();
  r.set("ok", o != nullptr);
  r.set("previous_version", o ? o->version() : std::string());
  r.set("changelog", o ? jamsos::changelog_json(jamsos::diff_rules(*o, active_rules())) : std::string("[]"));
  r.set("error", error);
  return r;
}

// The rule set a call names: "" = the active rules; else a sealed bundle, null (with `error`) if refused.
const jamsos::RuleSet* rules_for(const std::string& bundle, std::unique_ptr<jamsos::RuleSet>& keep,
                                 std::string& error) {
  if (bundle.empty()) return &active_rules();
  keep = jamsos_wasm::parse_sealed_bundle(bundle, error);
  return keep.get();
}

std::string budgetUnder(const std::string& bundle, const std::string& tmpl, double people, const std::string& from,
                        int months) {
  std::unique_ptr<jamsos::RuleSet> keep;
  std::string error;
  const jamsos::RuleSet* R = rules_for(bundle, keep, error);
  if (!R) return error;
  return jamsos::budget_from_json(*R, tmpl, static_cast<int64_t>(people), from, months, false);
}

class RosterBudget {
 public:
  RosterBudget(const std::string& bundle, const std::string& opts, const std::string& from, int months)
      : opt_(options(opts, error_)) {
    const jamsos::RuleSet* R = error_.empty() ? rules_for(bundle, keep_, error_) : nullptr;
    int y = 0, m = 0;
    if (R && !jamsos::parse_budget_month(from, y, m)) error_ = "from must be YYYY-MM";
    if (R && error_.empty()) b_ = std::make_unique<jamsos::RosterBudget>(*R, opt_, y, m, months);
  }
  val chunk(size_t n) {
    buf_.resize(n);
    return val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(&buf_[0])));
  }
  bool feed(size_t n) { return b_ && b_->feed(buf_.data(), n < buf_.size() ? n : buf_.size()); }
  bool finish() { return b_ && b_->finish(); }
  std::string json() const { return b_ ? b_->json() : "{}"; }
  std::string csv() const { return b_ ? b_->csv() : ""; }
  std::string error() const { return b_ ? b_->error() : error_; }

 private:
  std::string error_;
  jamsos::RosterOptions opt_;
  std::unique_ptr<jamsos::RuleSet> keep_;
  std::unique_ptr<jamsos::RosterBudget> b_;
  std::string buf_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(jamsos_roster) {
  emscripten::class_<Session>("Session")
      .constructor<const std::string&>()
      .function("chunk", &Session::chunk)
      .function("feed", &Session::feed)
      .function("finish", &Session::finish)
      .function("rows", &Session::rows)
      .function("expect", &Session::expect)
      .function("summary", &Session::summary)
      .function("mapping", &Session::mapping)
      .function("error", &Session::error)
      .function("query", &Session::query)
      .function("rowCells", &Session::rowCells)
      .function("limit", &Session::limit)
      .function("setLimits", &Session::setLimits)
      .function("maxRows", &Session::maxRows)
      .function("keptBytes", &Session::keptBytes);
  emscripten::class_<Runner>("Runner")
      .constructor<const std::string&>()
      .function("chunk", &Runner::chunk)
      .function("feed", &Runner::feed)
      .function("finish", &Runner::finish)
      .function("output", &Runner::output)
      .function("clearOutput", &Runner::clearOutput)
      .function("rows", &Runner::rows)
      .function("summary", &Runner::summary)
      .function("error", &Runner::error);
  emscripten::class_<RulesDiff>("RulesDiff")
      .constructor<const std::string&, const std::string&>()
      .function("chunk", &RulesDiff::chunk)
      .function("feed", &RulesDiff::feed)
      .function("finish", &RulesDiff::finish)
      .function("keep", &RulesDiff::keep)
      .function("output", &RulesDiff::output)
      .function("summary", &RulesDiff::summary)
      .function("error", &RulesDiff::error);
  emscripten::class_<RosterBudget>("RosterBudget")
      .constructor<const std::string&, const std::string&, const std::string&, int>()
      .function("chunk", &RosterBudget::chunk)
      .function("feed", &RosterBudget::feed)
      .function("finish", &RosterBudget::finish)
      .function("json", &RosterBudget::json)
      .function("csv", &RosterBudget::csv)
      .function("error", &RosterBudget::error);
  emscripten::function("budgetUnder", &budgetUnder);
  emscripten::function("inspect", &inspect);
  emscripten::function("reconcile", &reconcile);
  emscripten::function("budget", &budget);
  emscripten::function("rewrite", &rewrite);
  emscripten::function("template", &templateCsv);
  emscripten::function("diffInputs", &diffInputs);
  emscripten::function("changesSince", &changesSince);
}
