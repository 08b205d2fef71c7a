// The pipeline: each version read into structure, units, features and graph, then the two
// aligned, their relations agreed and the translation checked; a pure function of its inputs.
#include "argmap/analysis.h"

#include <future>

#include "argmap/check.h"
#include "argmap/original_text.h"
#include "argmap/relation_agreement.h"
#include "argmap/second_thread.h"

namespace argmap {

const VersionAnalysis* Analysis::find(Lang lang) const {
  for (const VersionAnalysis& v : versions) {
    if (v.lang == lang) return &v;
  }
  return nullptr;
}

namespace {

// The translation's relations aimed as the original's are, and the relation links mapped again.
void agree_relations(Analysis& analysis, Lang source) {
  VersionAnalysis* original = nullptr;
  VersionAnalysis* translation = nullptr;
  for (VersionAnalysis& v : analysis.versions) (v.lang == source ? original : translation) = &v;
  const std::vector<Link>& links = analysis.alignment->links;
  translation->graph.relations = agreed_relations(*original, *translation, links);
  ByLang<const VersionAnalysis*> by_lang;
  by_lang[original->lang] = original;
  by_lang[translation->lang] = translation;
  analysis.alignment->relations = relation_links(*by_lang.zh, *by_lang.en, links);
}

// keep_words: the units' ICU words are kept for a later stage (the key terms of a check).
VersionAnalysis analyse_version(const Document& doc, const Version& version, UnitMode units,
                                const Lexicons& lexicons, bool keep_words) {
  VersionAnalysis va;
  va.lang = version.lang;
  const Lexicon& lexicon = lexicons.of(version.lang);
  va.structure = build_structure(doc, version, lexicon, units);
  va.units = segment(doc, va.structure, units);
  va.features = extract_features(va.units, lexicon, keep_words ? &va.words : nullptr);
  va.graph = build_graph(va.structure, va.units, va.features, lexicon, lexicons.roles);
  return va;
}

// Each version analysed on its own: the second on a thread of its own when options.threads
// allows (the analyses share nothing but the const document and lexicons).
std::vector<VersionAnalysis> analyse_versions(const Document& doc, const AnalyseOptions& options,
                                              const Lexicons& lexicons) {
  const auto one = [&](const Version& v) {
    const bool keep_words = options.check && v.lang == Lang::kZh;  // key_terms reads them
    return analyse_version(doc, v, options.split.units, lexicons, keep_words);
  };
  std::vector<VersionAnalysis> out;
  std::future<VersionAnalysis> second;
  if (options.threads > 1 && doc.versions.size() == 2)
    second = start_thread([&] { return one(doc.versions[1]); });
  for (std::size_t i = 0; i < doc.versions.size(); ++i)
    out.push_back(i == 1 && second.valid() ? second.get() : one(doc.versions[i]));
  return out;
}

Result<Analysis> run_pipeline(std::vector<Input> inputs, const AnalyseOptions& options,
                              const Lexicons& lexicons) {
  Result<Document> doc =
      split_versions(std::move(inputs), options.split, lexicons, options.threads);
  if (!doc) return doc.error();
  Analysis analysis;
  analysis.doc = std::move(*doc);
  analysis.versions = analyse_versions(analysis.doc, options, lexicons);
  const VersionAnalysis* zh = analysis.find(Lang::kZh);
  const VersionAnalysis* en = analysis.find(Lang::kEn);
  if (options.align && zh && en) {
    AnchorResources resources = options.resources;
    resources.threads = options.threads;
    if (!resources.model) resources.model = &lexicons.zh.alignment;
    resources.lexicons = &lexicons;
    analysis.alignment = align(*zh, *en, resources);
    agree_relations(analysis, options.source);
  }
  for (VersionAnalysis& v : analysis.versions)
    v.index = index_version(v.lang, v.structure, v.units, v.graph.relations,
                            analysis.alignment ? &analysis.alignment->links : nullptr);
  if (options.check && analysis.alignment) {
    CheckInput input(*zh, *en, *analysis.alignment, options.resources.glossary, lexicons);
    input.source = options.source;
    const auto terms = [&] { return key_terms(*zh, lexicons.zh); };
    analysis.findings = run_checks(std::move(input), terms, options.threads);
    analysis.checked = true;
  }
  return analysis;
}

// What one pass over each input finds (on two threads when allowed): the script its Han
// characters are mostly written in, and the inputs with Traditional characters made
// Simplified, offsets unchanged (none when no input has any).
struct Scripts {
  ZhScript script = ZhScript::kHans;
  std::vector<Input> simplified;
};

Scripts scripts_of(const std::vector<Input>& inputs, unsigned threads) {
  std::vector<long> balance(inputs.size(), 0);
  Scripts out;
  out.simplified.resize(inputs.size());
  for_each_index(inputs.size(), threads, [&](std::size_t i) {
    const Input& in = inputs[i];
    balance[i] = traditional_balance(in.bytes);
    out.simplified[i] = {in.path, simplified_same_layout(in.bytes), in.text_start, in.sha256};
  });
  long total = 0;
  bool changed = false;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    total += balance[i];
    changed = changed || out.simplified[i].bytes != inputs[i].bytes;
  }
  out.script = script_of_balance(total);
  if (!changed) out.simplified.clear();
  return out;
}

}  // namespace

Result<Analysis> analyse(std::vector<Input> inputs, const AnalyseOptions& options,
                         const Lexicons& lexicons) {
  Scripts found = scripts_of(inputs, options.threads);
  const ZhScript script = options.zh_script.value_or(found.script);
  std::vector<Input> simplified = std::move(found.simplified);
  Result<Analysis> analysis = Error{};
  if (simplified.empty()) {
    analysis = run_pipeline(std::move(inputs), options, lexicons);
  } else {
    analysis = run_pipeline(std::move(simplified), options, lexicons);
    if (analysis)
      restore_original_text(analysis->doc, analysis->versions, analysis->findings,
                            std::move(inputs));
  }
  if (!analysis) return analysis;
  analysis->source = options.source;
  analysis->zh_script = script;
  analysis->zh_locale = !options.zh_locale.empty()  ? options.zh_locale
                        : script == ZhScript::kHant ? "zh-Hant"
                                                    : "zh-CN";
  return analysis;
}

}  // namespace argmap
