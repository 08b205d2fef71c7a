// Sense: the PDTB-style senses a connective can have, typed. The names are those of
// schemas/lexicon.schema.json's "sense" enum (a test compares the two); a lexicon naming another
// fails to load.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

// In the schema's order.
enum class Sense : unsigned char {
  kContrast,
  kConcession,
  kCause,
  kResult,
  kCondition,
  kCorrection,
  kElaboration,
  kExample,
  kEnumeration,
  kRestatement,
  kAddition,
  kAlternative,
  kTemporal,
  kPurpose,
  kConclusion,
};

using Senses = std::vector<Sense>;  // most common argumentative sense first

std::string_view sense_name(Sense sense);
std::optional<Sense> parse_sense(std::string_view name);
// Every sense's name, in the enum's order.
const std::vector<std::string_view>& sense_names();
std::vector<std::string> names_of(const Senses& senses);

}  // namespace argmap
