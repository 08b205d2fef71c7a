#include "argmap/structure.h"

#include <algorithm>
#include <cctype>

#include "argmap/markdown_blocks.h"
#include "argmap/numeral.h"
#include "argmap/text.h"

namespace argmap {
namespace {

bool is_short(const Block& b, const StructureLexicon& lex) {
  return count_code_points(trim(b.text)) <= lex.short_line_max;
}

// A plain paragraph on one line, outside lists and quotes.
bool is_plain_line(const Block& b) {
  return b.kind == BlockKind::kParagraph && !b.multiline && !b.list && !b.quoted;
}

bool is_lead_in(const Block& b, const StructureLexicon& lex) {
  return ends_with_any(b.text, lex.lead_in_endings);
}

bool is_closing(const Block& b, const StructureLexicon& lex) {
  std::string_view t = trim(b.text);
  for (const std::string& colon : lex.lead_in_endings) {
    if (t.ends_with(colon)) t = trim(t.substr(0, t.size() - colon.size()));
  }
  const std::string key = lower_ascii(t);
  return std::any_of(lex.closing_headings.begin(), lex.closing_headings.end(),
                     [&key](const std::string& h) { return lower_ascii(h) == key; });
}

bool bracketed(const Block& b, const StructureLexicon& lex) {
  const std::string_view t = trim(b.text);
  return std::any_of(lex.title_brackets.begin(), lex.title_brackets.end(), [t](const auto& br) {
    return t.starts_with(br.first) && t.ends_with(br.second);
  });
}

// A numbered heading must not read as a sentence; a question mark is allowed.
bool heading_shaped(const Block& b, const Lexicon& lexicon) {
  const std::string_view t = trim(b.text);
  const bool sentence_end = ends_with_any(t, lexicon.structure.sentence_final) &&
                            !ends_with_any(t, lexicon.punctuation.question);
  return is_short(b, lexicon.structure) && !sentence_end;
}

Block slice_block(const Block& b, std::size_t from, std::size_t to) {
  Block out;
  out.kind = b.kind;
  out.input = b.input;
  out.quoted = b.quoted;
  out.list = b.list;
  out.text = b.text.substr(from, to - from);
  out.map = b.map.slice(from, to);
  for (const Emphasis& e : b.emphasis) {
    if (e.end <= from || e.start >= to) continue;
    out.emphasis.push_back({std::max(e.start, from) - from, std::min(e.end, to) - from, e.strong});
  }
  for (std::size_t ls : b.line_starts) {
    if (ls > from && ls < to) out.line_starts.push_back(ls - from);
  }
  out.multiline = !out.line_starts.empty();
  return out;
}

// Where a wrapped paragraph has a line ending in a lead-in colon followed by at least two
// short lines that are not sentences, the cut points that make those lines list items.
std::vector<std::size_t> lead_in_line_cuts(const Block& b, const StructureLexicon& lex) {
  if (b.kind != BlockKind::kParagraph || b.quoted || b.list || b.line_starts.size() < 2) return {};
  std::vector<std::size_t> starts{0};
  starts.insert(starts.end(), b.line_starts.begin(), b.line_starts.end());
  starts.push_back(b.text.size());
  auto line = [&](std::size_t k) {
    return trim(std::string_view(b.text).substr(starts[k], starts[k + 1] - starts[k]));
  };
  const std::size_t lines = starts.size() - 1;
  for (std::size_t k = 0; k + 2 < lines; ++k) {
    if (!ends_with_any(line(k), lex.lead_in_endings)) continue;
    for (std::size_t j = k + 1; j < lines; ++j) {
      const std::string_view l = line(j);
      if (count_code_points(l) > lex.short_line_max || ends_with_any(l, lex.sentence_final) ||
          ends_with_any(l, lex.lead_in_endings)) {
        return {};
      }
    }
    return std::vector<std::size_t>(starts.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                                    starts.end());
  }
  return {};
}

// Splits such paragraphs into their head and one single-line block per following line.
void split_lead_in_lines(Structure& s, const StructureLexicon& lex) {
  std::vector<Block> blocks;
  blocks.reserve(s.blocks.size());
  std::vector<std::size_t> renumber(s.blocks.size());
  for (std::size_t i = 0; i < s.blocks.size(); ++i) {
    renumber[i] = blocks.size();
    const std::vector<std::size_t> cuts = lead_in_line_cuts(s.blocks[i], lex);
    if (cuts.empty()) {
      blocks.push_back(std::move(s.blocks[i]));
      continue;
    }
    std::size_t from = 0;
    for (std::size_t cut : cuts) {
      blocks.push_back(slice_block(s.blocks[i], from, cut));
      from = cut;
    }
  }
  for (List& list : s.lists) {
    for (std::size_t& item : list.items) item = renumber[item];
  }
  s.blocks = std::move(blocks);
}

// A line that ends a sentence other than a question ("Should zoos exist?" can be a title).
bool ends_in_statement(const Block& b, const Lexicon& lexicon) {
  const std::string_view t = trim(b.text);
  return ends_with_any(t, lexicon.structure.sentence_final) &&
         !ends_with_any(t, lexicon.punctuation.question);
}

void mark_title(Structure& s, const Lexicon& lexicon) {
  if (s.blocks.empty()) return;
  Block& first = s.blocks.front();
  const StructureLexicon& lex = lexicon.structure;
  const bool markdown_title = first.kind == BlockKind::kHeading && first.heading_level == 1 &&
                              !heading_number(trim(first.text), lexicon) && !is_closing(first, lex);
  const bool plain_title =
      is_plain_line(first) && is_short(first, lex) && !heading_number(trim(first.text), lexicon) &&
      !is_closing(first, lex) &&
      (bracketed(first, lex) ||
       (!ends_in_statement(first, lexicon) && s.blocks.size() > 1 && !is_lead_in(first, lex)));
  if (markdown_title || plain_title) first.kind = BlockKind::kTitle;
}

void mark_heading(Block& b, const Lexicon& lexicon) {
  if (b.kind == BlockKind::kTitle || b.quoted) return;
  const auto number = heading_number(trim(b.text), lexicon);
  const bool closing = is_closing(b, lexicon.structure);
  if (b.kind == BlockKind::kHeading) {
    if (number) b.section_number = number->value;
    b.closing = closing && !number;
    return;
  }
  if (!is_plain_line(b) || !heading_shaped(b, lexicon)) return;
  if (number || closing) {
    b.kind = BlockKind::kHeading;
    if (number) b.section_number = number->value;
    b.closing = closing && !number;
  }
}

// "1. Introduction" alone in an ordered list, not after a lead-in, is a numbered heading.
void mark_numbered_list_headings(Structure& s, const Lexicon& lexicon) {
  std::vector<std::size_t> members(s.lists.size(), 0);
  for (const Block& b : s.blocks) {
    if (b.list) ++members[*b.list];
  }
  for (std::size_t l = 0; l < s.lists.size(); ++l) {
    List& list = s.lists[l];
    if (!list.ordered || list.items.size() != 1) continue;
    Block& b = s.blocks[list.items.front()];
    const std::size_t at = list.items.front();
    if (b.multiline || b.quoted || !heading_shaped(b, lexicon)) continue;
    if (at > 0 && is_lead_in(s.blocks[at - 1], lexicon.structure)) continue;
    if (members[l] != 1) continue;
    b.kind = BlockKind::kHeading;
    b.section_number = list.start;
    b.list.reset();
    list.items.clear();
  }
}

// A run of at least two short one-line paragraphs after a lead-in line is a list.
void mark_implicit_lists(Structure& s, const StructureLexicon& lex) {
  for (std::size_t i = 0; i + 1 < s.blocks.size(); ++i) {
    if (s.blocks[i].kind == BlockKind::kHeading || !is_lead_in(s.blocks[i], lex)) continue;
    std::size_t j = i + 1;
    while (j < s.blocks.size() && is_plain_line(s.blocks[j]) && is_short(s.blocks[j], lex) &&
           !ends_with_any(s.blocks[j].text, lex.sentence_final) && !is_lead_in(s.blocks[j], lex)) {
      ++j;
    }
    if (j - i - 1 < 2) continue;
    List list;
    list.implicit = true;
    list.lead = i;
    for (std::size_t k = i + 1; k < j; ++k) {
      s.blocks[k].kind = BlockKind::kListItem;
      s.blocks[k].list = s.lists.size();
      list.items.push_back(k);
    }
    s.lists.push_back(std::move(list));
    i = j - 1;
  }
}

void attach_lead_ins(Structure& s, const StructureLexicon& lex) {
  for (List& list : s.lists) {
    if (list.lead || list.items.empty() || list.items.front() == 0) continue;
    const std::size_t before = list.items.front() - 1;
    const Block& b = s.blocks[before];
    if (b.kind != BlockKind::kListItem && is_lead_in(b, lex)) list.lead = before;
  }
}

// Drops lists that lost their items (turned into headings), puts the rest in document order
// and renumbers block references.
void compact_lists(Structure& s) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < s.lists.size(); ++i) {
    if (!s.lists[i].items.empty()) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&s](std::size_t a, std::size_t b) {
    return s.lists[a].items.front() < s.lists[b].items.front();
  });
  std::vector<std::optional<std::size_t>> renumber(s.lists.size());
  std::vector<List> kept;
  for (std::size_t i : order) {
    renumber[i] = kept.size();
    kept.push_back(std::move(s.lists[i]));
  }
  s.lists = std::move(kept);
  for (Block& b : s.blocks) {
    if (b.list) b.list = renumber[*b.list];
  }
}

bool opens_section(const Block& b, int section_level) {
  return b.kind == BlockKind::kHeading &&
         (b.heading_level == 0 || b.heading_level <= section_level);
}

std::vector<Section> sections_of(const Structure& s) {
  int level = 7;
  for (const Block& b : s.blocks) {
    if (b.kind == BlockKind::kHeading && b.heading_level > 0)
      level = std::min(level, b.heading_level);
  }
  std::vector<Section> out;
  for (std::size_t i = 0; i < s.blocks.size(); ++i) {
    const Block& b = s.blocks[i];
    if (opens_section(b, level)) {
      Section sec;
      sec.kind = b.section_number ? SectionKind::kNumbered
                                  : (b.closing ? SectionKind::kClosing : SectionKind::kUnnumbered);
      sec.number = b.section_number;
      sec.heading = i;
      sec.first_block = i;
      out.push_back(sec);
    } else if (out.empty()) {
      Section pre;
      pre.number = 0;
      if (b.kind == BlockKind::kTitle) pre.heading = i;
      out.push_back(pre);
    }
    out.back().end_block = i + 1;
  }
  return out;
}

}  // namespace

Structure build_structure(const Document& doc, const Version& version, const Lexicon& lexicon,
                          UnitMode units) {
  Structure s;
  s.lang = version.lang;
  RawBlocks raw =
      units == UnitMode::kLines ? read_lines(doc, version) : read_markdown(doc, version);
  s.blocks = std::move(raw.blocks);
  s.lists = std::move(raw.lists);
  if (units == UnitMode::kAuto) {
    split_lead_in_lines(s, lexicon.structure);
    mark_title(s, lexicon);
    for (Block& b : s.blocks) mark_heading(b, lexicon);
    mark_numbered_list_headings(s, lexicon);
    compact_lists(s);
    mark_implicit_lists(s, lexicon.structure);
    compact_lists(s);
    attach_lead_ins(s, lexicon.structure);
  }
  s.sections = sections_of(s);
  s.blocks.shrink_to_fit();  // kept to the end of the run: no room left over from the splits
  return s;
}

const char* kind_name(SectionKind kind) {
  switch (kind) {
    case SectionKind::kPreamble:
      return "preamble";
    case SectionKind::kNumbered:
      return "numbered";
    case SectionKind::kClosing:
      return "closing";
    case SectionKind::kUnnumbered:
      break;
  }
  return "unnumbered";
}

}  // namespace argmap
