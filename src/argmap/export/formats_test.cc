// The format registry: the README's table of export formats lists exactly the registry's
// formats (name, file in export/, media type) in its order; each writer writes the seed.
#include "argmap/export/formats.h"

#include <set>
#include <sstream>

#include "argmap/export/export_testing.h"

namespace {

struct Row {
  std::string name, extension, media_type;
  bool operator==(const Row&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Row& r) {
  return os << r.name << " " << r.extension << " " << r.media_type;
}

// The `backticked` items of one table cell, in order.
std::vector<std::string> code_spans(const std::string& cell) {
  std::vector<std::string> out;
  for (std::size_t at = cell.find('`'); at != std::string::npos;) {
    const std::size_t end = cell.find('`', at + 1);
    if (end == std::string::npos) break;
    out.push_back(cell.substr(at + 1, end - at - 1));
    at = cell.find('`', end + 1);
  }
  return out;
}

std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  std::string cell;
  while (std::getline(in, cell, '|')) out.push_back(cell);
  return out;  // out[0] is the empty text before the first '|'
}

// One row per format of the README table under "## Export formats"; "NAME.ext" becomes "ext".
std::vector<Row> readme_rows() {
  std::istringstream in(argmap::testing::read_file(std::string(ARGMAP_SOURCE_DIR) + "/README.md"));
  std::string line;
  while (std::getline(in, line) && line.rfind("| `--to` |", 0) != 0) {
  }
  std::getline(in, line);  // |---|
  std::vector<Row> rows;
  while (std::getline(in, line) && line.rfind("| `", 0) == 0) {
    const std::vector<std::string> c = cells(line);
    REQUIRE(c.size() >= 4);
    const auto names = code_spans(c[1]), files = code_spans(c[2]), media = code_spans(c[3]);
    REQUIRE(media.size() == names.size());
    REQUIRE((files.size() == names.size() || files.empty()));
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::string ext = files.empty() ? "" : files[i].substr(files[i].find('.') + 1);
      rows.push_back({names[i], ext, media[i]});
    }
  }
  return rows;
}

}  // namespace

TEST_CASE("formats: the README table lists the registry's formats in its order", "[formats]") {
  std::vector<Row> registry;
  for (const argmap::Format& f : argmap::formats()) {
    registry.push_back({std::string(f.name), std::string(f.extension), std::string(f.media_type)});
  }
  const std::vector<Row> readme = readme_rows();
  REQUIRE(readme.size() == 12);
  CHECK(readme == registry);
}

TEST_CASE("formats: names and export files are distinct and every writer writes the seed",
          "[formats]") {
  std::set<std::string_view> names, extensions;
  for (const argmap::Format& f : argmap::formats()) {
    CHECK(names.insert(f.name).second);
    if (!f.extension.empty()) CHECK(extensions.insert(f.extension).second);
    CHECK(argmap::find_format(f.name) == &f);
    CAPTURE(f.name);
    CHECK(f.write(argmap::testing::seed_analysis()).size() > 1000);
  }
  CHECK(argmap::find_format("svg")->drawn);
  CHECK(argmap::find_format("pdf") == nullptr);
  const std::vector<std::string> one = argmap::one_version_formats();
  CHECK(one == std::vector<std::string>{"json", "text", "dot", "svg", "aif", "argdown", "md"});
}
