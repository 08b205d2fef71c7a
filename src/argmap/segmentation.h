// Segmentation: the units of one version (ICU sentences of paragraphs; titles, headings and
// list items whole), each with its text and exact byte span in the original input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/document.h"

namespace argmap {

struct Structure;  // structure.h

enum class UnitKind { kTitle, kHeading, kSentence, kListItem };
const char* kind_name(UnitKind kind);  // "title", "heading", "sentence", "list_item"

// One unit of a version: what the graph, the aligner and the review each take as one item.
struct Unit {
  UnitKind kind = UnitKind::kSentence;
  std::string text;  // emphasis markers removed, wrapped lines joined
  std::size_t input = 0;
  std::size_t start = 0;  // byte span [start, end) in inputs[input]
  std::size_t end = 0;
  std::size_t block = 0;    // index into Structure::blocks
  std::size_t section = 0;  // index into Structure::sections
  bool strong = false;      // some of the unit is **strong**
  bool emph = false;        // some of the unit is *emphasised*
  bool quoted = false;      // inside a block quote
};

std::vector<Unit> segment(const Document& doc, const Structure& structure, UnitMode units);

// ICU word tokens of text (dictionary-based for Chinese), as byte ranges; spaces and
// punctuation are left out.
struct Token {
  std::size_t start = 0;
  std::size_t end = 0;
};
std::vector<Token> word_tokens(std::string_view text, Lang lang);

}  // namespace argmap
