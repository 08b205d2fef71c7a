// The review finds each injected defect: tests/fixtures/defects/ holds copies of corpus essays
// with one defect each, and manifest.json names the finding each must raise — code, severity
// and the unit, by a snippet of its Chinese and/or English text. A fixture may bring no error
// the clean essay does not already have.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "argmap/check.h"
#include "tests/review_testing.h"

using argmap::Lang;
using namespace argmap::testing;  // NOLINT: test helpers

namespace {

const std::string kDir = std::string(ARGMAP_SOURCE_DIR) + "/tests/fixtures/defects/";

struct Expect {
  std::string code, severity, zh, en;  // zh, en: a snippet of one unit of the finding, or ""
};

struct Fixture {
  std::string name, essay, file, replaces, side, glossary;
  std::vector<Expect> expect;  // the defect's finding first, then any it also causes
};

Expect expectation(const nlohmann::json& e) {
  return {e.at("code"), e.at("severity"), e.value("zh", ""), e.value("en", "")};
}

const std::vector<Fixture>& fixtures() {
  static const std::vector<Fixture> all = [] {
    const auto manifest = nlohmann::json::parse(read_file(kDir + "manifest.json"));
    std::vector<Fixture> out;
    for (const auto& j : manifest.at("fixtures")) {
      Fixture f{j.at("name"),
                j.at("essay"),
                j.at("file"),
                j.value("replaces", ""),
                j.at("side"),
                j.value("glossary", ""),
                {expectation(j.at("expect"))}};
      for (const auto& e : j.value("also", nlohmann::json::array()))
        f.expect.push_back(expectation(e));
      out.push_back(std::move(f));
    }
    return out;
  }();
  return all;
}

const Essay& essay_named(const std::string& gold) {
  for (const Essay& e : kEssays) {
    if (e.gold == gold) return e;
  }
  FAIL("no corpus essay " << gold);
  return kEssays.front();
}

// The essay's texts, the fixture's file in place of the one it replaces.
std::vector<std::pair<std::string, std::string>> texts(const Essay& essay, const Fixture* f) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& name : essay.files) {
    const bool swap = f && (f->replaces.empty() ? essay.files.size() == 1 : f->replaces == name);
    out.emplace_back(swap ? f->file : name, read_file(swap ? kDir + f->file : corpus(name)));
  }
  return out;
}

std::optional<argmap::Glossary> glossary(const Fixture& f) {
  if (f.glossary.empty()) return std::nullopt;
  auto g = argmap::parse_glossary(read_file(kDir + f.glossary), f.glossary);
  REQUIRE(g.ok());
  return std::move(g.value());
}

// The clean essay's review, with the fixture's glossary and original.
const argmap::Analysis& clean(const Fixture& f, Lang source) {
  static std::map<std::string, argmap::Analysis> cache;
  const std::string key = f.essay + "|" + f.glossary + "|" + std::string(lang_code(source));
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  const auto g = glossary(f);
  return cache.emplace(key, review(texts(essay_named(f.essay), nullptr), g ? &*g : nullptr, source))
      .first->second;
}

// The expectation as it reads with the other version as the original: a unit of one version
// missing from the other is an omission from the original and an addition to the translation.
Expect mirrored(Expect e) {
  if (e.code == "omission") return {"addition", "warning", e.zh, e.en};
  if (e.code == "addition") return {"omission", "error", e.zh, e.en};
  return e;
}

Fixture read_the_other_way(Fixture f) {
  for (Expect& e : f.expect) e = mirrored(e);
  return f;
}

std::set<std::string> errors_by_text(const argmap::Analysis& a) {
  std::set<std::string> out;
  for (const argmap::Finding& x : a.findings) {
    if (x.severity == argmap::Severity::kError) out.insert(by_text(a, x));
  }
  return out;
}

bool has_unit(const argmap::VersionAnalysis& v, const std::vector<std::size_t>& units,
              const std::string& snippet) {
  if (snippet.empty()) return true;
  for (std::size_t u : units) {
    if (v.units[u].text.find(snippet) != std::string::npos) return true;
  }
  return false;
}

bool matches(const argmap::Analysis& a, const Expect& e, const argmap::Finding& x) {
  return x.code == e.code && argmap::severity_name(x.severity) == e.severity &&
         has_unit(*a.find(Lang::kZh), x.zh, e.zh) && has_unit(*a.find(Lang::kEn), x.en, e.en);
}

bool expected(const argmap::Analysis& a, const Fixture& f, const argmap::Finding& x) {
  return std::any_of(f.expect.begin(), f.expect.end(),
                     [&](const Expect& e) { return matches(a, e, x); });
}

std::string all_findings(const argmap::Analysis& a) {
  std::string s;
  for (const argmap::Finding& x : a.findings) s += "  " + by_text(a, x) + "\n";
  return s;
}

void check_fixture(const Fixture& f, Lang source) {
  const auto g = glossary(f);
  const auto defective = texts(essay_named(f.essay), &f),
             original = texts(essay_named(f.essay), nullptr);
  bool changed = false;
  for (std::size_t i = 0; i < defective.size(); ++i) {
    REQUIRE(!defective[i].second.empty());
    changed |= defective[i].second != original[i].second;
  }
  REQUIRE(changed);  // the fixture's file differs from the clean essay
  const argmap::Analysis a = review(defective, g ? &*g : nullptr, source);
  INFO(f.name << " (" << f.file << "), findings:\n" << all_findings(a));
  for (const Expect& e : f.expect) {
    INFO("expected " << e.code << " " << e.severity << " at zh “" << e.zh << "” en “" << e.en
                     << "”");
    CHECK(std::any_of(a.findings.begin(), a.findings.end(),
                      [&](const argmap::Finding& x) { return matches(a, e, x); }));
  }
  const argmap::Analysis& base = clean(f, source);
  {
    INFO("the clean essay must not have the defect's finding already");
    CHECK_FALSE(
        std::any_of(base.findings.begin(), base.findings.end(),
                    [&](const argmap::Finding& x) { return matches(base, f.expect.front(), x); }));
  }
  const std::set<std::string> clean_errors = errors_by_text(base);
  for (const argmap::Finding& x : a.findings) {
    if (x.severity != argmap::Severity::kError || expected(a, f, x)) continue;
    INFO("an error the clean essay does not have: " << by_text(a, x));
    CHECK(clean_errors.count(by_text(a, x)) == 1);
  }
  for (const char* code : {"question", "emphasis", "role"}) {
    INFO(code << " findings are reported once per kind: one per direction at most");
    CHECK(std::count_if(a.findings.begin(), a.findings.end(), [&](const argmap::Finding& x) {
            return x.code == code && x.severity == argmap::Severity::kInfo;
          }) <= 2);
  }
}

}  // namespace

TEST_CASE("review: every injected defect is found at its unit with its code", "[review][defects]") {
  for (const Fixture& f : fixtures()) {
    DYNAMIC_SECTION(f.name) { check_fixture(f, Lang::kZh); }
  }
}

TEST_CASE(
    "review: with English as the original (--source en), every defect gives the mirrored code",
    "[review][defects]") {
  for (const Fixture& f : fixtures()) {
    DYNAMIC_SECTION(f.name) { check_fixture(read_the_other_way(f), Lang::kEn); }
  }
}

TEST_CASE("review: the defect fixtures cover every check, with a defect on each side",
          "[review][defects]") {
  std::set<std::string> want;
  for (const argmap::CheckRule& r : argmap::check_rules()) {
    for (const char* side : {"zh", "en"}) want.insert(std::string(r.code) + " " + side);
  }
  std::set<std::string> have;
  for (const Fixture& f : fixtures()) have.insert(f.expect.front().code + " " + f.side);
  for (const std::string& w : want) {
    INFO("no fixture for " << w);
    CHECK(have.count(w) == 1);
  }
  CHECK(fixtures().size() >= 24);
}
