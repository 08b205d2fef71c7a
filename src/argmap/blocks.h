// Blocks: the block-level values a version is read into (title, headings, paragraphs, list
// items, with emphasis and lists), shared by the Markdown reader and the structure stage.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "argmap/text_map.h"

namespace argmap {

enum class BlockKind { kTitle, kHeading, kParagraph, kListItem };

struct Emphasis {
  std::size_t start = 0;  // byte range in Block::text
  std::size_t end = 0;
  bool strong = false;  // **strong** rather than *emph*
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // Markdown markers removed, wrapped lines joined
  std::size_t input = 0;
  TextMap map;  // Block::text offsets → byte offsets in inputs[input]
  std::vector<Emphasis> emphasis;
  bool quoted = false;                      // inside a block quote
  bool multiline = false;                   // the source spans several lines
  std::vector<std::size_t> line_starts;     // text offsets where source lines 2, 3, ... begin
  int heading_level = 0;                    // Markdown heading level; 0 for a plain-text heading
  std::optional<long long> section_number;  // parsed from a heading ("三、" → 3)
  bool closing = false;                     // a closing heading: 结语, Conclusion
  std::optional<std::size_t> list;          // index into Structure::lists
};

struct List {
  bool ordered = false;
  long long start = 1;              // number of the first item of an ordered list
  bool implicit = false;            // a run of short paragraphs after a lead-in line, not Markdown
  std::optional<std::size_t> lead;  // block that introduces the list (ends in ：or :)
  std::vector<std::size_t> items;   // block indices
};

}  // namespace argmap
