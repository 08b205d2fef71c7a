#include "argmap/lexicon.h"

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <sstream>
#include <utility>

#include "argmap/text.h"

namespace argmap {

std::string_view embedded_lexicon(std::string_view lang);  // generated at build time

namespace {

using Json = nlohmann::json;

std::vector<std::string> strings(const Json& j, const char* key) {
  if (!j.contains(key)) return {};
  return j.at(key).get<std::vector<std::string>>();
}

std::map<std::string, long long> numbers(const Json& j, const char* key) {
  if (!j.contains(key)) return {};
  return j.at(key).get<std::map<std::string, long long>>();
}

StructureLexicon structure_of(const Json& j) {
  StructureLexicon s;
  for (const Json& m : j.at("version_markers")) {
    const auto lang = parse_lang(m.at("lang").get<std::string>());
    if (!lang) throw std::invalid_argument("version marker with unknown lang");
    s.version_markers.push_back({m.at("text").get<std::string>(), *lang});
  }
  s.closing_headings = strings(j, "closing_headings");
  s.section_prefixes = strings(j, "section_prefixes");
  s.section_suffixes = strings(j, "section_suffixes");
  s.numeral_heading_separators = strings(j, "numeral_heading_separators");
  s.section_number_separators = strings(j, "section_number_separators");
  s.marker_prefixes = strings(j, "marker_prefixes");
  s.marker_suffixes = strings(j, "marker_suffixes");
  for (const Json& pair : j.at("title_brackets")) {
    s.title_brackets.emplace_back(pair.at(0).get<std::string>(), pair.at(1).get<std::string>());
  }
  s.lead_in_endings = strings(j, "lead_in_endings");
  s.sentence_final = strings(j, "sentence_final");
  s.short_line_max = j.at("short_line_max").get<std::size_t>();
  return s;
}

NumeralLexicon numerals_of(const Json& j) {
  NumeralLexicon n;
  n.digits = numbers(j, "digits");
  n.units = numbers(j, "units");
  n.words = numbers(j, "words");
  n.scales = numbers(j, "scales");
  return n;
}

// The entry's senses; an unknown one (a typo would silently disable the rules reading it) is
// an error naming the entry.
Senses senses_of(const Json& j, const std::string& entry) {
  Senses out;
  for (const Json& name : j.at("senses")) {
    const std::optional<Sense> sense = parse_sense(name.get<std::string>());
    if (!sense) {
      throw std::invalid_argument(entry + " has unknown sense \"" + name.get<std::string>() +
                                  "\" (senses are those of schemas/lexicon.schema.json)");
    }
    out.push_back(*sense);
  }
  if (out.empty()) throw std::invalid_argument(entry + " has no sense");
  return out;
}

std::vector<Connective> connectives_of(const Json& j) {
  std::vector<Connective> out;
  for (const Json& c : j) {
    const std::string form = c.at("form").get<std::string>();
    out.push_back({form, senses_of(c, "connective \"" + form + "\""),
                   c.value("position", "any") == "initial",
                   c.value("position", "any") == "medial"});
  }
  return out;
}

std::vector<PairedConnective> paired_of(const Json& j) {
  std::vector<PairedConnective> out;
  for (const Json& p : j) {
    const std::string first = p.at("first").get<std::string>();
    const std::string second = p.at("second").get<std::string>();
    out.push_back(
        {first, second, senses_of(p, "paired connective \"" + first + "…" + second + "\"")});
  }
  return out;
}

std::vector<QuantityUnit> quantities_of(const Json& j) {
  std::vector<QuantityUnit> out;
  for (const Json& q : j) {
    QuantityUnit u{q.at("form").get<std::string>(), q.at("unit").get<std::string>(),
                   q.at("factor").get<double>(), std::nullopt, q.value("prefix", false)};
    if (q.contains("standalone_value")) u.standalone = q.at("standalone_value").get<double>();
    u.tolerance = q.value("tolerance", 0.0);
    out.push_back(std::move(u));
  }
  return out;
}

// The discourse word lists, each read from the key of its own name.
using WordList = std::vector<std::string> Lexicon::*;
constexpr std::pair<const char*, WordList> kWordLists[] = {
    {"negation", &Lexicon::negation},
    {"non_negation", &Lexicon::non_negation},
    {"negation_prefixes", &Lexicon::negation_prefixes},
    {"hedges", &Lexicon::hedges},
    {"claim_cues", &Lexicon::claim_cues},
    {"thesis_cues", &Lexicon::thesis_cues},
    {"view_cues", &Lexicon::view_cues},
    {"stance_cues", &Lexicon::stance_cues},
    {"plan_cues", &Lexicon::plan_cues},
    {"summary_cues", &Lexicon::summary_cues},
    {"non_cues", &Lexicon::non_cues},
    {"concession_counters", &Lexicon::concession_counters},
    {"continuing_subjects", &Lexicon::continuing_subjects},
    {"measure_words", &Lexicon::measure_words},
    {"stopwords", &Lexicon::stopwords},
    {"implicit_negation", &Lexicon::implicit_negation},
    {"approximate_markers", &Lexicon::approximate_markers},
    {"approximate_suffixes", &Lexicon::approximate_suffixes},
    {"ordinal_markers", &Lexicon::ordinal_markers},
    {"fraction_markers", &Lexicon::fraction_markers},
    {"term_breakers", &Lexicon::term_breakers},
    {"a_not_a", &Lexicon::a_not_a},
    {"double_negation", &Lexicon::double_negation},
    {"rhetorical_negation", &Lexicon::rhetorical_negation},
    {"exception_markers", &Lexicon::exception_markers},
    {"affix_negation", &Lexicon::affix_negation},
    {"negation_suffixes", &Lexicon::negation_suffixes},
    {"negated_word_endings", &Lexicon::negated_word_endings},
    {"exception_negations", &Lexicon::exception_negations},
};

void read_discourse(const Json& j, Lexicon& lexicon) {
  for (const auto& [key, list] : kWordLists) lexicon.*list = strings(j, key);
  std::sort(lexicon.stopwords.begin(), lexicon.stopwords.end());  // looked up by binary search
  if (j.contains("connectives")) lexicon.connectives = connectives_of(j.at("connectives"));
  if (j.contains("paired")) lexicon.paired = paired_of(j.at("paired"));
  if (j.contains("quantity_units")) lexicon.quantity_units = quantities_of(j.at("quantity_units"));
  if (j.contains("spoken_openers")) {
    const Json& s = j.at("spoken_openers");
    lexicon.spoken_openers = strings(s, "forms");
    lexicon.spoken_min_count = s.at("min_count").get<std::size_t>();
    lexicon.spoken_min_share = s.at("min_share").get<double>();
  }
  if (j.contains("double_negation_pairs")) {
    for (const Json& p : j.at("double_negation_pairs"))
      lexicon.double_negation_pairs.emplace_back(p.at(0).get<std::string>(),
                                                 p.at(1).get<std::string>());
  }
}

bool lowercase_letters(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A stem rule's string field: lowercase letters (the stemmer lowercases the word first, so
// any other letter would never match), empty when the field is absent.
std::string rule_letters(const Json& r, const char* key, const std::string& entry) {
  if (!r.contains(key)) return "";
  const Json& v = r.at(key);
  if (!v.is_string() || !lowercase_letters(v.get<std::string>()))
    throw std::invalid_argument(entry + ": " + key + " must be lowercase letters a-z");
  return v.get<std::string>();
}

// Stem rule `index` (from 1); a typo in a key, a suffix that cannot match or a minimum stem
// under one letter (a word stemmed to nothing) is an error naming the rule.
StemRule stem_rule_of(const Json& r, std::size_t index) {
  std::string entry = "stem rule " + std::to_string(index);
  if (!r.is_object()) throw std::invalid_argument(entry + " is not an object");
  if (r.contains("suffix") && r.at("suffix").is_string() &&
      !r.at("suffix").get<std::string>().empty())
    entry += " (-" + r.at("suffix").get<std::string>() + ")";
  for (const auto& [key, value] : r.items()) {
    if (key != "suffix" && key != "replacement" && key != "min_stem" && key != "unless_ending")
      throw std::invalid_argument(entry + " has unknown key \"" + key + "\"");
  }
  StemRule rule{rule_letters(r, "suffix", entry), rule_letters(r, "replacement", entry), 0,
                rule_letters(r, "unless_ending", entry)};
  if (rule.suffix.empty()) throw std::invalid_argument(entry + " has no suffix");
  const Json* min = r.contains("min_stem") ? &r.at("min_stem") : nullptr;
  if (!min || !min->is_number_unsigned() || min->get<std::size_t>() < 1)
    throw std::invalid_argument(entry + ": min_stem must be a whole number of at least 1");
  rule.min_stem = min->get<std::size_t>();
  return rule;
}

std::vector<StemRule> stem_rules_of(const Json& j) {
  std::vector<StemRule> out;
  for (const Json& r : j) out.push_back(stem_rule_of(r, out.size() + 1));
  if (out.empty()) throw std::invalid_argument("stem_rules is empty");
  return out;
}

GlossRules glosses_of(const Json& j) {
  return {strings(j, "skip_prefixes"), strings(j, "function_words"),
          j.at("min_letters").get<std::size_t>()};
}

// The characters of clause_breaks' `key`, one per entry.
std::u32string characters_of(const Json& j, const char* key) {
  std::u32string out;
  for (const std::string& s : j.at(key).get<std::vector<std::string>>()) {
    std::size_t end = 0;
    if (!s.empty()) out += decode_utf8(s, end);
    if (s.empty() || end != s.size()) {
      throw std::invalid_argument(std::string("clause_breaks.") + key + " entry \"" + s +
                                  "\" is not one character");
    }
  }
  return out;
}

ClauseBreaks clause_breaks_of(const Json& j) {
  ClauseBreaks b{characters_of(j, "clauses"),
                 characters_of(j, "connective"),
                 characters_of(j, "negation_scope"),
                 strings(j, "main_clause"),
                 {}};
  if (b.main_clause.empty() || std::count(b.main_clause.begin(), b.main_clause.end(), ""))
    throw std::invalid_argument("clause_breaks.main_clause needs marks, none empty");
  if (j.contains("parenthetical")) b.parenthetical = characters_of(j, "parenthetical");
  return b;
}

Punctuation punctuation_of(const Json& j) {
  Punctuation p;
  p.closing = strings(j, "closing");
  p.question_closing = strings(j, "question_closing");
  for (const Json& q : j.at("quote_pairs"))
    p.quote_pairs.emplace_back(q.at("open").get<std::string>(), q.at("close").get<std::string>());
  const Json& ends = j.at("ends");
  for (auto [key, marks] : {std::pair{"stop", &p.stop},
                            {"question", &p.question},
                            {"exclaim", &p.exclaim},
                            {"comma", &p.comma},
                            {"semicolon", &p.semicolon},
                            {"colon", &p.colon}})
    *marks = ends.at(key).get<std::vector<std::string>>();
  return p;
}

std::vector<BeadPrior> beads_of(const Json& j) {
  std::vector<BeadPrior> out;
  for (const Json& b : j)
    out.push_back({b.at(0).get<std::size_t>(), b.at(1).get<std::size_t>(), b.at(2).get<double>()});
  return out;
}

// Each field of `fields` read from its key of j (all required).
template <class T>
void read_fields(const Json& j, std::initializer_list<std::pair<const char*, T*>> fields) {
  for (const auto& [key, field] : fields) *field = j.at(key).template get<T>();
}

LinkModel link_model_of(const Json& j) {
  LinkModel m;
  read_fields<double>(j.at("length"),
                      {{"log_ratio", &m.log_ratio}, {"log_sd", &m.log_sd}, {"tail", &m.tail}});
  read_fields<double>(j.at("weights"),
                      {{"length", &m.length_weight}, {"dictionary", &m.dictionary_weight}});
  read_fields<double>(j, {{"skip", &m.skip}, {"idle_merge", &m.idle_merge}});
  m.beads = beads_of(j.at("beads"));
  m.band = j.at("band").get<std::size_t>();
  return m;
}

// Rules a stage would silently change without, so required (some in one language only).
void read_language_rules(const Json& j, Lexicon& lexicon) {
  lexicon.clause_breaks = clause_breaks_of(j.at("clause_breaks"));
  lexicon.punctuation = punctuation_of(j.at("punctuation"));
  if (lexicon.lang == Lang::kEn) {
    lexicon.glosses = glosses_of(j.at("glosses"));
    lexicon.stem_rules = stem_rules_of(j.at("stem_rules"));
    lexicon.negation_prefix_min_rest = j.at("negation_prefix_min_rest").get<std::size_t>();
    lexicon.negation_suffix_min_rest = j.at("negation_suffix_min_rest").get<std::size_t>();
    lexicon.term_min_letters = j.at("term_min_letters").get<std::size_t>();
  } else {
    lexicon.idiom_min_chars = j.at("idiom_min_chars").get<std::size_t>();
    lexicon.link = link_model_of(j.at("link_model"));
  }
}

AlignmentModel alignment_of(const Json& j) {
  AlignmentModel m;
  read_fields<double>(j.at("length"), {{"var_floor", &m.length_var_floor},
                                       {"var_per_letter", &m.length_var_per_letter},
                                       {"tail", &m.length_tail},
                                       {"weight", &m.length_weight}});
  m.beads = beads_of(j.at("beads"));
  read_fields<double>(j.at("lexical"),
                      {{"hit_if_linked", &m.hit_if_linked}, {"idle_merge", &m.idle_merge}});
  m.idle_min_words = j.at("lexical").at("idle_min_words").get<std::size_t>();
  m.feature_weight = j.at("feature_weight").get<double>();
  read_fields<std::size_t>(j, {{"band", &m.band},
                               {"guided_band", &m.guided_band},
                               {"long_section_units", &m.long_section_units}});
  m.beam = j.value("beam", 0.0);
  const Json& learn = j.at("learned_lexicon");
  read_fields<double>(learn,
                      {{"min_dice", &m.learn_min_dice}, {"max_cost_per_unit", &m.learn_max_cost}});
  read_fields<std::size_t>(learn, {{"min_count", &m.learn_min_count}, {"passes", &m.learn_passes}});
  read_fields<double>(j.at("punctuation"), {{"end_weight", &m.punctuation_weight},
                                            {"inside_weight", &m.punctuation_inside_weight},
                                            {"smoothing", &m.punctuation_smoothing}});
  m.has_model = true;
  return m;
}

ReviewThresholds review_of(const Json& j) {
  ReviewThresholds r;
  r.close_rendering = j.at("close_rendering").get<double>();
  r.free_rendering = j.value("free_rendering", 0.0);
  const Json& u = j.at("unglossed");
  read_fields<double>(u, {{"min_length_z", &r.unglossed_min_length_z},
                          {"max_glossed_share", &r.unglossed_max_glossed_share}});
  r.unglossed_min_words = u.at("min_content_words").get<std::size_t>();
  const Json& p = j.at("partial_omission");
  read_fields<double>(p, {{"min_letters", &r.omission_min_letters},
                          {"far_z", &r.omission_far_z},
                          {"dropped_clause_z", &r.dropped_clause_z}});
  r.clause_min_words = p.at("clause_min_words").get<int>();
  r.untranslated_min_letters = j.at("untranslated_min_letters").get<std::size_t>();
  return r;
}

Error lexicon_error(const std::string& name, std::string message) {
  return data_error(name, "invalid lexicon: " + std::move(message));
}

Result<Lexicons> pair_of(Result<Lexicon> zh, Result<Lexicon> en, Result<RoleWeights> roles) {
  if (!zh) return zh.error();
  if (!en) return en.error();
  if (!roles) return roles.error();
  if (zh->lang != Lang::kZh) return lexicon_error("zh.json", "its lang is not zh");
  if (en->lang != Lang::kEn) return lexicon_error("en.json", "its lang is not en");
  return Lexicons{std::move(*zh), std::move(*en), std::move(*roles)};
}

Weights weights_of(const Json& j) {
  Weights out;
  for (const auto& [name, w] : j.items()) out[name] = w.get<double>();
  return out;
}

std::optional<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<Lexicons> with_calibration(Result<Lexicons> lexicons, Result<Calibration> table) {
  if (!lexicons) return lexicons;
  if (!table) return table.error();
  lexicons->calibration = std::move(*table);
  return lexicons;
}

}  // namespace

Result<Lexicon> parse_lexicon(std::string_view json_text, const std::string& name) {
  try {
    const Json j = Json::parse(json_text);
    Lexicon lexicon;
    const auto lang = parse_lang(j.at("lang").get<std::string>());
    if (!lang) return lexicon_error(name, "lang must be zh or en");
    lexicon.lang = *lang;
    lexicon.structure = structure_of(j.at("structure"));
    if (j.contains("numerals")) lexicon.numerals = numerals_of(j.at("numerals"));
    read_discourse(j, lexicon);
    read_language_rules(j, lexicon);
    if (j.contains("alignment")) lexicon.alignment = alignment_of(j.at("alignment"));
    if (j.contains("review")) lexicon.review = review_of(j.at("review"));
    return lexicon;
  } catch (const Json::parse_error& e) {
    Error err = lexicon_error(name, e.what());
    err.offset = e.byte;
    return err;
  } catch (const std::exception& e) {
    return lexicon_error(name, e.what());
  }
}

Result<RoleWeights> parse_role_weights(std::string_view json_text, const std::string& name) {
  try {
    const Json j = Json::parse(json_text);
    RoleWeights w{weights_of(j.at("major").at("weights")), weights_of(j.at("claim").at("weights")),
                  std::nullopt};
    if (j.contains("second_thesis_margin"))
      w.second_thesis_margin = j.at("second_thesis_margin").get<double>();
    return w;
  } catch (const std::exception& e) {
    Error err = lexicon_error(name, e.what());
    err.message = std::string("invalid role model: ") + e.what();
    return err;
  }
}

Result<Lexicons> builtin_lexicons() {
  auto out = pair_of(parse_lexicon(embedded_lexicon("zh"), "zh.json"),
                     parse_lexicon(embedded_lexicon("en"), "en.json"),
                     parse_role_weights(embedded_lexicon("roles"), "roles.json"));
  return with_calibration(std::move(out), builtin_calibration());
}

Result<Lexicons> load_lexicons(const std::string& dir) {
  auto read = [&dir](const std::string& lang) -> Result<Lexicon> {
    const std::string path = dir + "/" + lang + ".json";
    const std::optional<std::string> text = read_text(path);
    if (!text) {
      Error e{ExitCode::kNoInput, path, std::nullopt, 0, 0, "cannot open lexicon file"};
      return e;
    }
    return parse_lexicon(*text, path);
  };
  const std::string roles_path = dir + "/roles.json";
  const std::optional<std::string> roles = read_text(roles_path);
  auto out = pair_of(read("zh"), read("en"),
                     roles ? parse_role_weights(*roles, roles_path)
                           : parse_role_weights(embedded_lexicon("roles"), "roles.json"));
  const std::string table = dir + "/calibration.json";
  const std::optional<std::string> calibration = read_text(table);
  return with_calibration(
      std::move(out), calibration ? parse_calibration(*calibration, table) : builtin_calibration());
}

}  // namespace argmap
