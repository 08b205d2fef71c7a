#include "argmap/analysis.h"

#include "argmap/check.h"

namespace argmap {

const VersionAnalysis* Analysis::find(Lang lang) const {
  for (const VersionAnalysis& v : versions) {
    if (v.lang == lang) return &v;
  }
  return nullptr;
}

Result<Analysis> analyse(std::vector<Input> inputs, const AnalyseOptions& options,
                         const Lexicons& lexicons) {
  Result<Document> doc = split_versions(std::move(inputs), options.split, lexicons);
  if (!doc) return doc.error();
  Analysis analysis;
  analysis.doc = std::move(*doc);
  for (const Version& version : analysis.doc.versions) {
    VersionAnalysis va;
    va.lang = version.lang;
    va.structure =
        build_structure(analysis.doc, version, lexicons.of(version.lang), options.split.units);
    va.units = segment(analysis.doc, va.structure, options.split.units);
    va.features = extract_features(va.units, lexicons.of(version.lang));
    va.graph = build_graph(va.structure, va.units, va.features);
    analysis.versions.push_back(std::move(va));
  }
  const VersionAnalysis* zh = analysis.find(Lang::kZh);
  const VersionAnalysis* en = analysis.find(Lang::kEn);
  if (options.align && zh && en) {
    AnchorResources resources = options.resources;
    if (!resources.model) resources.model = &lexicons.zh.alignment;
    analysis.alignment = align(*zh, *en, resources);
  }
  if (options.check && analysis.alignment) {
    const CheckInput input(*zh, *en, *analysis.alignment, options.resources.glossary, lexicons);
    analysis.findings = run_checks(input);
    analysis.checked = true;
  }
  return analysis;
}

}  // namespace argmap
