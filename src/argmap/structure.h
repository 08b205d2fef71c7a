// Structure: the blocks of one language version (title, headings, paragraphs, list items) with
// emphasis, lists and numbered sections, read through cmark plus plain-text essay conventions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "argmap/blocks.h"
#include "argmap/document.h"
#include "argmap/lexicon.h"

namespace argmap {

enum class SectionKind { kPreamble, kNumbered, kClosing, kUnnumbered };
const char* kind_name(SectionKind kind);  // "preamble", "numbered", "closing", "unnumbered"

struct Section {
  SectionKind kind = SectionKind::kPreamble;
  std::optional<long long> number;     // 0 for the preamble
  std::optional<std::size_t> heading;  // block index of the heading (the title for the preamble)
  std::size_t first_block = 0;         // blocks [first_block, end_block)
  std::size_t end_block = 0;
};

struct Structure {
  Lang lang = Lang::kZh;
  std::vector<Block> blocks;
  std::vector<List> lists;
  std::vector<Section> sections;
};

// Reads one version of the document. In UnitMode::kLines each non-empty line is one block.
Structure build_structure(const Document& doc, const Version& version, const Lexicon& lexicon,
                          UnitMode units);

}  // namespace argmap
