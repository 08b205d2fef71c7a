#include "argmap/segmentation.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <memory>

#include "argmap/structure.h"
#include "argmap/text.h"

namespace argmap {
namespace {

const char* locale_of(Lang lang) { return ByLang<const char*>{"zh", "en@ss=standard"}[lang]; }

// ICU's sentence rules keep an opening quote after 。 with the sentence before it
// (“ is both Open and Close to them); move such a boundary back before the quote.
std::size_t before_opening_punctuation(std::string_view text, std::size_t b) {
  while (b > 0 && b < text.size()) {
    std::size_t prev = b;
    const auto type = u_charType(static_cast<UChar32>(decode_utf8_before(text, prev)));
    if (type != U_START_PUNCTUATION && type != U_INITIAL_PUNCTUATION) break;
    b = prev;
  }
  return b;
}

// Owns an ICU break iterator over UTF-8 text; indices are byte offsets into that text.
class Breaker {
 public:
  Breaker(Lang lang, bool words) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(locale_of(lang));
    iter_.reset(words ? icu::BreakIterator::createWordInstance(locale, status)
                      : icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status)) iter_.reset();
  }
  // Boundaries of text, including 0 and text.size().
  std::vector<std::size_t> boundaries(std::string_view text) {
    if (!iter_) return {0, text.size()};
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    iter_->setText(ut, status);
    std::vector<std::size_t> out;
    for (int32_t b = iter_->first(); b != icu::BreakIterator::DONE; b = iter_->next()) {
      out.push_back(static_cast<std::size_t>(b));
    }
    utext_close(ut);
    if (U_FAILURE(status) || out.empty()) return {0, text.size()};
    for (std::size_t& b : out) b = before_opening_punctuation(text, b);
    return out;
  }

 private:
  std::unique_ptr<icu::BreakIterator> iter_;
};

UnitKind unit_kind(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle:
      return UnitKind::kTitle;
    case BlockKind::kHeading:
      return UnitKind::kHeading;
    case BlockKind::kListItem:
      return UnitKind::kListItem;
    case BlockKind::kParagraph:
      break;
  }
  return UnitKind::kSentence;
}

// Makes a unit of block.text[from, to) with surrounding white space trimmed; false if empty.
bool make_unit(const Document& doc, const Block& block, std::size_t from, std::size_t to,
               Unit& unit) {
  const std::string_view whole(block.text);
  const std::string_view t = trim(whole.substr(from, to - from));
  if (t.empty()) return false;
  from = static_cast<std::size_t>(t.data() - whole.data());
  to = from + t.size();
  const std::string& original = doc.inputs[block.input].bytes;
  unit.text = std::string(t);
  unit.input = block.input;
  unit.start = block.map.start_of(from);
  unit.end = std::max(block.map.end_of(to, original), unit.start);
  for (const Emphasis& e : block.emphasis) {
    if (e.start >= to || e.end <= from) continue;
    (e.strong ? unit.strong : unit.emph) = true;
  }
  unit.quoted = block.quoted;
  unit.kind = unit_kind(block.kind);
  return true;
}

std::vector<std::size_t> block_sections(const Structure& s) {
  std::vector<std::size_t> of(s.blocks.size(), 0);
  for (std::size_t i = 0; i < s.sections.size(); ++i) {
    for (std::size_t b = s.sections[i].first_block; b < s.sections[i].end_block; ++b) of[b] = i;
  }
  return of;
}

}  // namespace

std::vector<Unit> segment(const Document& doc, const Structure& structure, UnitMode units) {
  Breaker sentences(structure.lang, false);
  const std::vector<std::size_t> section_of = block_sections(structure);
  std::vector<Unit> out;
  for (std::size_t b = 0; b < structure.blocks.size(); ++b) {
    const Block& block = structure.blocks[b];
    const bool whole = units == UnitMode::kLines || block.kind != BlockKind::kParagraph;
    const std::vector<std::size_t> cuts =
        whole ? std::vector<std::size_t>{0, block.text.size()} : sentences.boundaries(block.text);
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
      Unit unit;
      if (!make_unit(doc, block, cuts[i], cuts[i + 1], unit)) continue;
      unit.block = b;
      unit.section = section_of[b];
      out.push_back(std::move(unit));
    }
  }
  out.shrink_to_fit();  // kept to the end of the run
  return out;
}

std::vector<Token> word_tokens(std::string_view text, Lang lang) {
  // Creating a word break iterator costs more than breaking a sentence: one per thread and
  // language, reset by each call's setText.
  thread_local ByLang<Breaker> breakers{Breaker(Lang::kZh, true), Breaker(Lang::kEn, true)};
  const std::vector<std::size_t> cuts = breakers[lang].boundaries(text);
  std::vector<Token> out;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    const std::string_view piece = text.substr(cuts[i], cuts[i + 1] - cuts[i]);
    std::size_t k = 0;
    bool wordlike = false;
    while (k < piece.size() && !wordlike) {
      const char32_t c = decode_utf8(piece, k);
      wordlike = script_of(c) != Script::kOther || (c >= '0' && c <= '9');
    }
    if (wordlike) out.push_back({cuts[i], cuts[i + 1]});
  }
  return out;
}

const char* kind_name(UnitKind kind) {
  switch (kind) {
    case UnitKind::kTitle:
      return "title";
    case UnitKind::kHeading:
      return "heading";
    case UnitKind::kListItem:
      return "list_item";
    case UnitKind::kSentence:
      break;
  }
  return "sentence";
}

}  // namespace argmap
