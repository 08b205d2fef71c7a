#include "tests/fuzz/targets.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string_view>

#include "argmap/analysis.h"
#include "argmap/export/aif.h"
#include "argmap/export/argdown.h"
#include "argmap/export/dot.h"
#include "argmap/export/html.h"
#include "argmap/export/json.h"
#include "argmap/export/md.h"
#include "argmap/export/outline.h"
#include "argmap/export/review.h"
#include "argmap/export/sarif.h"
#include "argmap/export/tmx.h"
#include "argmap/export/xliff.h"
#include "argmap/glossary.h"
#include "argmap/lexicon.h"

namespace argmap::fuzz {

void writers_of_text(const std::string& text);

namespace {

// A broken invariant: report it and abort, so libFuzzer keeps the input.
void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz invariant failed: %s\n", what);
  std::abort();
}

const Lexicons& lexicons() {
  static const Lexicons lex = *builtin_lexicons();
  return lex;
}

// Errors are values: a failure must carry an exit code argmap documents.
void check_error(const Error& e) {
  require(e.code == ExitCode::kDataError || e.code == ExitCode::kUsage, "unexpected error code");
  require(!e.format().empty(), "error without a message");
}

std::optional<Analysis> analysed(std::vector<std::string> texts, AnalyseOptions o) {
  std::vector<Input> inputs;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Result<Input> in = make_input("fuzz" + std::to_string(i + 1), std::move(texts[i]));
    if (!in) return check_error(in.error()), std::nullopt;
    inputs.push_back(std::move(*in));
  }
  Result<Analysis> a = analyse(std::move(inputs), o, lexicons());
  if (!a) return check_error(a.error()), std::nullopt;
  return std::move(*a);
}

// Every unit's span lies inside its input and starts no later than it ends.
void check_spans(const Analysis& a) {
  for (const VersionAnalysis& v : a.versions) {
    for (const Unit& u : v.units) {
      require(u.input < a.doc.inputs.size(), "unit input out of range");
      require(u.start <= u.end && u.end <= a.doc.inputs[u.input].bytes.size(), "bad unit span");
    }
    require(v.features.size() == v.units.size(), "features per unit");
    require(v.graph.roles.size() == v.units.size(), "roles per unit");
  }
}

void write_all(const Analysis& a) {
  for (const std::string& out :
       {write_json(a), write_outline(a, true), write_review(a, false), write_sarif(a), write_aif(a),
        write_argdown(a), write_md(a), write_dot(a), write_html(a), write_tmx(a), write_xliff(a)})
    require(!out.empty(), "a writer wrote nothing");
}

AnalyseOptions options(bool align, bool lines) {
  AnalyseOptions o;
  o.split.need_both = false;
  o.split.units = lines ? UnitMode::kLines : UnitMode::kAuto;
  o.align = o.check = align;
  return o;
}

std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// The first byte chooses --units lines (odd) or auto; the rest is the document.
void document(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return;
  if (auto a = analysed({text_of(data + 1, size - 1)}, options(false, data[0] & 1))) {
    check_spans(*a);
  }
}

// Two halves of the input, one file per language, aligned and checked.
void alignment(const std::uint8_t* data, std::size_t size) {
  const std::string all = text_of(data, size);
  const std::size_t half = all.size() / 2;
  if (auto a = analysed({all.substr(0, half), all.substr(half)}, options(true, false))) {
    check_spans(*a);
  }
}

void writers(const std::uint8_t* data, std::size_t size) { writers_of_text(text_of(data, size)); }

void glossary(const std::uint8_t* data, std::size_t size) {
  Result<Glossary> g = parse_glossary(text_of(data, size), "fuzz.tsv");
  if (!g) check_error(g.error());
}

void lexicon(const std::uint8_t* data, std::size_t size) {
  Result<Lexicon> l = parse_lexicon(text_of(data, size), "fuzz.json");
  if (!l) check_error(l.error());
}

}  // namespace

// One bilingual text through every stage and every writer.
void writers_of_text(const std::string& text) {
  if (auto a = analysed({text}, options(true, false))) {
    check_spans(*a);
    write_all(*a);
  }
}

void essay(const std::uint8_t* data, std::size_t size);  // essay_builder.cc

namespace {

using Target = void (*)(const std::uint8_t*, std::size_t);
const std::map<std::string, Target>& targets() {
  static const std::map<std::string, Target> all = {
      {"document", document}, {"alignment", alignment}, {"writers", writers},
      {"glossary", glossary}, {"lexicon", lexicon},     {"essay", essay}};
  return all;
}

}  // namespace

const std::vector<std::string>& target_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& [name, run] : targets()) out.push_back(name);
    return out;
  }();
  return names;
}

int run_target(const std::string& name, const std::uint8_t* data, std::size_t size) {
  targets().at(name)(data, size);
  return 0;
}

}  // namespace argmap::fuzz
