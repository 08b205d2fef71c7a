#include "argmap/calibration.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace argmap {

std::string_view embedded_lexicon(std::string_view lang);  // generated at build time

namespace {

using Json = nlohmann::json;

Error calibration_error(const std::string& name, std::string message) {
  return data_error(name, "invalid calibration table: " + std::move(message));
}

CalibrationEntry entry_of(const Json& j) {
  CalibrationEntry e;
  e.flags = j.at("flags").get<std::size_t>();
  if (!j.at("precision").is_null()) e.precision = j.at("precision").get<double>();
  e.confidence = j.at("confidence").get<double>();
  return e;
}

const CalibrationEntry* find(const Calibration& table, const std::string& key) {
  const auto it = table.cases.find(key);
  return it == table.cases.end() ? nullptr : &it->second;
}

std::string percent(double share) { return std::to_string(std::lround(share * 100)) + "%"; }

}  // namespace

Result<Calibration> parse_calibration(std::string_view json_text, const std::string& name) {
  try {
    const Json j = Json::parse(json_text);
    Calibration table;
    table.threshold = j.at("threshold").get<double>();
    table.min_flags = j.at("min_flags").get<std::size_t>();
    for (const auto& [key, value] : j.at("cases").items()) table.cases[key] = entry_of(value);
    table.file = name;
    return table;
  } catch (const std::exception& e) {
    return calibration_error(name, e.what());
  }
}

Result<Calibration> builtin_calibration() {
  return parse_calibration(embedded_lexicon("calibration"), "calibration.json");
}

void calibrate(const Calibration& table, Finding& f) {
  const CalibrationEntry* own =
      f.case_name.empty() ? nullptr : find(table, f.code + "/" + f.case_name);
  if (!own) own = find(table, f.code);
  const CalibrationEntry* any = own ? own : find(table, "all");
  if (any) f.confidence = any->confidence;
  if (!own || f.severity == Severity::kInfo || own->flags < table.min_flags || !own->precision ||
      *own->precision >= table.threshold)
    return;
  f.severity = Severity::kInfo;
  f.message += " (a note only: findings of this kind were right for " + percent(*own->precision) +
               " of " + std::to_string(own->flags) + " rated segments)";
}

}  // namespace argmap
