// Formats: the one registry of every output argmap writes — its name (--to), file extension in
// export/, media type, whether it compares the two versions, and the writer that makes it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "argmap/analysis.h"

namespace argmap {

struct Format {
  std::string_view name;        // argmap export --to NAME
  std::string_view extension;   // export/ESSAY.EXTENSION; empty: not kept in export/
  std::string_view media_type;  // IANA type, or the one the format's readers use
  bool compares_versions;       // needs both versions (no --only); else one version's map works
  std::string_view summary;     // one line in `argmap export --help`
  std::string (*write)(const Analysis&);  // the writer; for a drawn format, the DOT to draw
  bool drawn = false;                     // write gives Graphviz DOT that the caller draws as SVG
};

// In the order `argmap export --help` and the README table list them.
const std::vector<Format>& formats();
const Format* find_format(std::string_view name);
// The names of the formats that show one version's map on its own (--only).
std::vector<std::string> one_version_formats();

}  // namespace argmap
