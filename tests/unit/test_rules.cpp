// Rule loading: the embedded set is valid, and bad data fails naming the file and key.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "jamsos/rules.hpp"

using namespace jamsos;

static RuleFile with_param(const std::string& name, const std::string& key, const std::string& body) {
  return {name, "{\"instrument\":\"X\",\"parameters\":{\"" + key + "\":" + body + "}}"};
}
static const char* kCite =
    "\"citation\":{\"instrument\":\"PP 44/2015\",\"article\":\"Pasal 16\",\"url\":\"https://example.invalid\"}";

// Replaces one embedded file, keeping the rest, so only the planted fault can fail.
static std::string load_with(const RuleFile& replacement) {
  std::vector<RuleFile> files;
  for (const RuleFile& f : embedded_rule_files())
    if (f.name != replacement.name) files.push_back(f);
  files.push_back(replacement);
  RuleSet rs;
  std::string err;
  return load_rules(files, rs, err) ? "" : err;
}

TEST_CASE("the embedded rule set loads and has a 12-hex-digit version") {
  RuleSet rs;
  std::string err;
  REQUIRE_MESSAGE(load_rules(embedded_rule_files(), rs, err), err);
  CHECK(rs.version().size() == 12);
  CHECK(rs.version() == embedded_rules().version());
}

TEST_CASE("values are found by date, including the day a new value starts") {
  const RuleSet& R = embedded_rules();
  CHECK(R.at(PARAM("jp.ceiling"), from_ymd(2024, 2, 29))->number == 9559600);
  CHECK(R.at(PARAM("jp.ceiling"), from_ymd(2024, 3, 1))->number == 10042300);
  CHECK(R.at(PARAM("jkp.recomposition.from_jkm"), from_ymd(2025, 2, 6))->rate.units == 1000000000LL);
  CHECK(R.at(PARAM("jkp.recomposition.from_jkm"), from_ymd(2025, 2, 7))->rate.units == 0);
  CHECK(R.at(PARAM("jkp.govt.rate"), from_ymd(2021, 2, 1)) == nullptr);
  CHECK(R.at(PARAM("relief.pp49_2020.factor"), from_ymd(2021, 2, 1)) == nullptr);
  CHECK(R.at(PARAM("relief.pp49_2020.factor"), from_ymd(2021, 1, 31)) != nullptr);
  CHECK(R.at(PARAM("jp.pension_age"), from_ymd(2018, 12, 31))->number == 56);
  CHECK(R.at(PARAM("jp.pension_age"), from_ymd(2019, 1, 1))->number == 57);
  CHECK(R.at(PARAM("jp.pension_age"), from_ymd(2050, 1, 1))->number == 65);
}

TEST_CASE("every value carries a citation and a confidence tag") {
  const RuleSet& R = embedded_rules();
  for (int i = 0; i < kParamCount; ++i)
    for (const Value& v : R.param(static_cast<P>(i)).values) {
      CHECK(!v.instrument.empty());
      CHECK(!v.url.empty());
    }
}

TEST_CASE("a rules bundle printed by `jamsos rules` loads back to the same version") {
  RuleSet rs;
  std::string err;
  REQUIRE(load_rules_bundle(embedded_rules().bundle_json(), rs, err));
  CHECK(rs.version() == embedded_rules().version());
}

TEST_CASE("bad rule data fails with the file and key named") {
  std::string v = "{\"unit\":\"rate\",\"label_id\":\"a\",\"label_en\":\"b\",\"values\":[";
  SUBCASE("unknown key") {
    std::string e = load_with(with_param("pp44-2015-jkm.json", "pu.jkm.ratee", v + "]}"));
    CHECK(e.find("pp44-2015-jkm.json") != std::string::npos);
    CHECK(e.find("pu.jkm.ratee") != std::string::npos);
  }
  SUBCASE("wrong unit") {
    std::string e = load_with(with_param("pp44-2015-jkm.json", "pu.jkm.rate",
                                         "{\"unit\":\"rupiah\",\"label_id\":\"a\",\"label_en\":\"b\",\"values\":[]}"));
    CHECK(e.find("pu.jkm.rate") != std::string::npos);
    CHECK(e.find("unit") != std::string::npos);
  }
  SUBCASE("dates out of order") {
    std::string e =
        load_with(with_param("pp44-2015-jkm.json", "pu.jkm.rate",
                             v + "{\"from\":\"2020-01-01\",\"value\":\"0.3%\",\"confidence\":\"A\"," + kCite +
                                 "},"
                                 "{\"from\":\"2019-01-01\",\"value\":\"0.3%\",\"confidence\":\"A\"," +
                                 kCite + "}]}"));
    CHECK(e.find("ascending") != std::string::npos);
    CHECK(e.find("pu.jkm.rate") != std::string::npos);
  }
  SUBCASE("overlapping periods") {
    std::string e = load_with(with_param(
        "pp44-2015-jkm.json", "pu.jkm.rate",
        v + "{\"from\":\"2019-01-01\",\"to\":\"2020-06-30\",\"value\":\"0.3%\",\"confidence\":\"A\"," + kCite +
            "},"
            "{\"from\":\"2020-01-01\",\"value\":\"0.3%\",\"confidence\":\"A\"," +
            kCite + "}]}"));
    CHECK(e.find("overlap") != std::string::npos);
  }
  SUBCASE("missing citation") {
    std::string e = load_with(with_param("pp44-2015-jkm.json", "pu.jkm.rate",
                                         v + "{\"from\":\"2019-01-01\",\"value\":\"0.3%\",\"confidence\":\"A\"}]}"));
    CHECK(e.find("citation") != std::string::npos);
  }
  SUBCASE("bad confidence tag") {
    std::string e =
        load_with(with_param("pp44-2015-jkm.json", "pu.jkm.rate",
                             v + "{\"from\":\"2019-01-01\",\"value\":\"0.3%\",\"confidence\":\"Z\"," + kCite + "}]}"));
    CHECK(e.find("confidence") != std::string::npos);
  }
  SUBCASE("a required parameter missing from every file") {
    std::string e = load_with({"pp44-2015-jkm.json", "{\"instrument\":\"X\",\"parameters\":{}}"});
    CHECK(e.find("pu.jkm.rate") != std::string::npos);
  }
  SUBCASE("not JSON") {
    std::string e = load_with({"pp44-2015-jkm.json", "{oops"});
    CHECK(e.find("pp44-2015-jkm.json") != std::string::npos);
  }
  SUBCASE("a parameter defined in two files") {
    std::vector<RuleFile> files = embedded_rule_files();
    files.push_back(
        with_param("zz-extra.json", "pu.jkm.rate",
                   v + "{\"from\":\"2019-01-01\",\"value\":\"0.3%\",\"confidence\":\"A\"," + kCite + "}]}"));
    RuleSet rs;
    std::string err;
    CHECK_FALSE(load_rules(files, rs, err));
    CHECK(err.find("defined twice") != std::string::npos);
  }
}

TEST_CASE("a bundle may not leave a date without a rule the built-in set always has (fuzz_rules finding)") {
  // tests/fuzz/known/: jakon.jkm.slices moved to start in the year 5103; eval then met a date with
  // no slice table and crashed. The loader refuses such a bundle, naming the file and key. (The
  // fixture gained perpres-82-2018-jkn.json with the JKN keys, so that key is the only fault.)
  std::ifstream f(JAMSOS_SOURCE_DIR "/tests/fuzz/known/fuzz_rules-jakon-slices-not-in-force.json");
  REQUIRE(f);
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  RuleSet r;
  std::string err;
  CHECK_FALSE(load_rules_bundle(text, r, err));
  CHECK(err.find("jakon.jkm.slices: must have a value in force on every date from rules.start") != std::string::npos);
  // The built-in bundle itself still loads.
  RuleSet same;
  CHECK(load_rules_bundle(embedded_rules().bundle_json(), same, err));
}
