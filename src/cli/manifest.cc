#include "cli/manifest.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

namespace argmap::cli {
namespace {

using Json = nlohmann::json;

Error bad_line(const std::string& name, std::size_t line, std::size_t column, std::string what) {
  return Error{ExitCode::kDataError, name, std::nullopt, line, column, std::move(what)};
}

std::string resolved(const std::string& path, const std::string& base) {
  if (base.empty() || path == "-" || std::filesystem::path(path).is_absolute()) return path;
  return (std::filesystem::path(base) / path).lexically_normal().string();
}

// The optional string field `key`, or an error message.
std::optional<std::string> text_field(const Json& j, const char* key, std::string& what) {
  if (!j.contains(key)) return std::nullopt;
  if (!j.at(key).is_string()) {
    what = std::string("\"") + key + "\" must be a string";
    return std::nullopt;
  }
  return j.at(key).get<std::string>();
}

// The fields of one line's object, or an error message in `what`.
ManifestPair pair_of(const Json& j, const std::string& base, std::string& what) {
  ManifestPair p;
  if (!j.is_object()) return what = "each line must be a JSON object", p;
  if (auto id = text_field(j, "id", what)) p.id = *id;
  if (!what.empty() || p.id.empty()) return what = "\"id\" (a string) is required", p;
  if (!safe_id(p.id))
    return what = "id '" + p.id + "' is not safe as a file name (use A-Z a-z 0-9 . _ -)", p;
  const Json* inputs = j.contains("inputs") ? &j.at("inputs") : nullptr;
  if (!inputs || !inputs->is_array() || inputs->empty() || inputs->size() > 2)
    return what = "\"inputs\" must list one or two paths", p;
  for (const Json& in : *inputs) {
    if (!in.is_string()) return what = "\"inputs\" must list one or two paths", p;
    p.inputs.push_back(resolved(in.get<std::string>(), base));
  }
  if (auto lang = text_field(j, "lang", what)) {
    p.lang = parse_lang(*lang);
    if (!p.lang) return what = "\"lang\" must be zh or en", p;
  }
  if (auto source = text_field(j, "source", what)) {
    p.source = parse_lang(*source);
    if (!p.source) return what = "\"source\" must be zh or en", p;
  }
  if (auto units = text_field(j, "units", what)) {
    if (*units != "auto" && *units != "lines") return what = "\"units\" must be auto or lines", p;
    p.units = *units == "lines" ? UnitMode::kLines : UnitMode::kAuto;
  }
  if (auto glossary = text_field(j, "glossary", what)) p.glossary = resolved(*glossary, base);
  return p;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

bool safe_id(const std::string& id) {
  if (id.empty() || id.size() > 128 || id.front() == '.' || id.front() == '-') return false;
  return id.find_first_not_of(
             "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") ==
         std::string::npos;
}

Result<std::vector<ManifestPair>> parse_manifest(const std::string& text, const std::string& name,
                                                 const std::string& base) {
  std::vector<ManifestPair> pairs;
  std::set<std::string> ids;
  std::size_t line = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string_view raw = std::string_view(text).substr(at, end - at);
    at = end + 1;
    ++line;
    const std::string_view body = trimmed(raw);
    if (body.empty() || body.front() == '#') continue;
    Json j;
    try {
      j = Json::parse(body.begin(), body.end());
    } catch (const Json::parse_error& e) {
      const std::size_t column = static_cast<std::size_t>(body.data() - raw.data()) + e.byte;
      return bad_line(name, line, column, "not valid JSON");
    }
    std::string what;
    ManifestPair p = pair_of(j, base, what);
    if (!what.empty()) return bad_line(name, line, 1, what);
    if (!ids.insert(p.id).second)
      return bad_line(name, line, 1, "id '" + p.id + "' is used by an earlier line");
    p.line = line;
    pairs.push_back(std::move(p));
  }
  if (pairs.empty()) return bad_line(name, line, 1, "no pairs in the manifest");
  return pairs;
}

}  // namespace argmap::cli
