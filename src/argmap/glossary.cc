#include "argmap/glossary.h"

#include "argmap/document.h"
#include "argmap/han_script.h"
#include "argmap/text.h"

namespace argmap {
namespace {

Error line_error(const std::string& name, std::size_t line, std::size_t column,
                 std::string message) {
  return Error{ExitCode::kDataError, name, std::nullopt, line, column, std::move(message)};
}

// One non-comment line; false with `error` set when malformed.
bool parse_term(std::string_view line, std::size_t number, const std::string& name,
                GlossaryTerm& term, std::optional<Error>& error) {
  const std::size_t tab = line.find('\t');
  if (tab == std::string_view::npos) {
    error = line_error(name, number, count_code_points(line) + 1,
                       "glossary line has no tab between the Chinese term and its translations");
    return false;
  }
  term.zh = simplified_same_layout(trim(line.substr(0, tab)));  // Traditional terms match too
  term.line = number;
  std::string_view rest = line.substr(tab + 1);
  while (!rest.empty()) {
    const std::size_t bar = rest.find('|');
    const std::string_view alt = trim(rest.substr(0, bar));
    if (!alt.empty()) term.en.push_back(lower_ascii(alt));
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  if (term.zh.empty() || term.en.empty()) {
    error =
        line_error(name, number, term.zh.empty() ? 1 : count_code_points(line.substr(0, tab)) + 2,
                   term.zh.empty() ? "glossary line has an empty Chinese term"
                                   : "glossary term has no translation");
    return false;
  }
  return true;
}

}  // namespace

Result<Glossary> parse_glossary(std::string_view text, const std::string& name) {
  if (const auto bad = first_invalid_utf8(text)) {
    Input in{name, std::string(text), 0, {}};
    return error_at(in, *bad, ExitCode::kDataError, "invalid UTF-8 in glossary");
  }
  Glossary g;
  std::size_t number = 0, at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    if (trim(line).empty()) continue;
    GlossaryTerm term;
    std::optional<Error> error;
    if (!parse_term(line, number, name, term, error)) return *error;
    g.terms.push_back(std::move(term));
  }
  return g;
}

Result<Glossary> read_glossary(const std::string& path) {
  Result<Input> in = read_input(path);
  if (!in) return in.error();
  return parse_glossary(in->bytes, path);
}

bool contains_translation(std::string_view english, const GlossaryTerm& term) {
  const std::string text = lower_ascii(english);
  for (const std::string& t : term.en) {
    for (std::size_t at = text.find(t); at != std::string::npos; at = text.find(t, at + 1)) {
      const std::size_t end = at + t.size();
      const bool plural = text.compare(end, 1, "s") == 0;  // "terms" renders "term"
      if (is_whole_word(text, at, plural ? text.size() : end, is_ascii_alnum)) return true;
    }
  }
  return false;
}

}  // namespace argmap
