// The web page's roster requests as JSON: the options object (roster_options_from_json) and the
// edit form's rewrite (roster_rewrite). Used by the roster wasm bindings; plain roster functions.
#include <nlohmann/json.hpp>

#include "jamsos/roster.hpp"

namespace jamsos {

namespace {
using json = nlohmann::json;
}  // namespace

bool roster_options_from_json(const std::string& text, RosterOptions& opt, std::string& error) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    error = "options must be a JSON object";
    return false;
  }
  auto str = [&](const char* k, std::string& out) {
    auto it = j.find(k);
    if (it == j.end() || it->is_null()) return true;
    if (!it->is_string()) return false;
    out = it->get<std::string>();
    return true;
  };
  std::string as_of, d, od, format;
  if (!str("as_of", as_of) || !parse_date(as_of, opt.as_of)) {
    error = "as_of must be YYYY-MM-DD";
    return false;
  }
  if (!str("delimiter", d) || d.size() > 1 || !str("out_delimiter", od) || od.size() > 1 || !str("format", format)) {
    error = "delimiter, out_delimiter and format must be strings";
    return false;
  }
  if (!d.empty()) opt.in_delimiter = d[0];
  if (!od.empty()) opt.out_delimiter = od[0];
  if (format == "jsonl") opt.format = RosterFormat::Jsonl;
  auto cd = j.find("check_duplicates");
  if (cd != j.end() && cd->is_boolean()) opt.check_duplicates = cd->get<bool>();
  auto m = j.find("mapping");
  if (m != j.end() && m->is_object()) {
    for (auto it = m->begin(); it != m->end(); ++it) {
      std::string col;
      if (it->is_string())
        col = it->get<std::string>();
      else if (it->is_number_integer())
        col = std::to_string(it->get<int64_t>());
      else if (it->is_null())
        col = "";
      else {
        error = "mapping values must be column names, numbers or null";
        return false;
      }
      opt.mapping.emplace_back(it.key(), col);
    }
  }
  return true;
}

bool roster_rewrite(const std::string& csv, const std::string& edits_json, std::string& out, std::string& error) {
  json e = json::parse(edits_json, nullptr, false);
  if (e.is_discarded() || !e.is_object()) {
    error = "edits must be a JSON object";
    return false;
  }
  CsvReader reader;
  reader.feed(csv);
  reader.finish();
  CsvRow row;
  int64_t last = 0;
  char d = 0;
  std::vector<std::string> cells;
  auto write = [&](const std::vector<std::string>& v) {
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out.push_back(d);
      csv_append_cell(out, v[i], d, false);
    }
    out += "\r\n";
  };
  while (reader.next(row)) {
    if (!d) d = reader.delimiter();
    for (int64_t k = last + 1; k < row.record; ++k) out += "\r\n";
    last = row.record;
    auto it = e.find(std::to_string(row.record));
    cells.assign(row.cells.begin(), row.cells.begin() + static_cast<long>(row.size));
    if (it != e.end() && it->is_array() && row.record > 1) {
      cells.clear();
      for (const auto& c : *it) cells.push_back(c.is_string() ? c.get<std::string>() : c.dump());
    }
    write(cells);
  }
  if (reader.overflow()) {
    error = "a record over 1 MiB";
    return false;
  }
  return true;
}

}  // namespace jamsos
