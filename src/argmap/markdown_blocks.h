// Markdown blocks: one version's regions read by cmark into paragraphs, headings and list items,
// with emphasis removed from the text and every text byte mapped back to the original input.
#pragma once

#include <vector>

#include "argmap/blocks.h"
#include "argmap/document.h"

namespace argmap {

struct RawBlocks {
  std::vector<Block> blocks;
  std::vector<List> lists;
};

RawBlocks read_markdown(const Document& doc, const Version& version);
// --units lines: every non-empty line of the version is one paragraph block.
RawBlocks read_lines(const Document& doc, const Version& version);

}  // namespace argmap
