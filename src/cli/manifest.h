// Manifest: the pairs `argmap batch` runs, one JSON object a line (JSON Lines), read whole and
// checked before any work starts. Errors name the manifest, line and column.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "argmap/document.h"
#include "argmap/error.h"

namespace argmap::cli {

struct ManifestPair {
  std::string id;                   // unique, safe as a file name
  std::vector<std::string> inputs;  // one or two paths, relative ones resolved from the manifest
  std::optional<Lang> lang;         // one-language input: parsed, not checked
  std::optional<UnitMode> units;
  std::optional<Lang> source;
  std::string glossary;
  std::size_t line = 0;  // 1-based line in the manifest
};

// Reads `text` (from `name`; paths resolve against `base`, empty: the working directory).
// Blank lines and lines starting with '#' are skipped. Error 65 on the first bad line.
Result<std::vector<ManifestPair>> parse_manifest(const std::string& text, const std::string& name,
                                                 const std::string& base);

// Whether an id can name DIR/ID.json on every common file system: 1-128 characters from
// A-Z a-z 0-9 . _ -, not starting with '.' or '-'.
bool safe_id(const std::string& id);

}  // namespace argmap::cli
