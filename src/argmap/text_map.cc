#include "argmap/text_map.h"

#include <algorithm>

namespace argmap {

void TextMap::add_copy(std::size_t text_start, std::size_t len, std::size_t original) {
  if (len > 0) pieces_.push_back({text_start, len, original, true});
}

void TextMap::add_inserted(std::size_t text_start, std::size_t len, std::size_t original) {
  if (len > 0) pieces_.push_back({text_start, len, original, false});
}

const TextMap::Piece& TextMap::piece_at(std::size_t t) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), t,
                             [](std::size_t v, const Piece& p) { return v < p.text_start; });
  return it == pieces_.begin() ? *it : *std::prev(it);
}

TextMap TextMap::slice(std::size_t from, std::size_t to) const {
  TextMap out;
  for (const Piece& p : pieces_) {
    const std::size_t begin = std::max(p.text_start, from);
    const std::size_t end = std::min(p.text_start + p.len, to);
    if (begin >= end) continue;
    const std::size_t original = p.copy ? p.original + (begin - p.text_start) : p.original;
    out.pieces_.push_back({begin - from, end - begin, original, p.copy});
  }
  return out;
}

std::size_t TextMap::start_of(std::size_t t) const {
  if (pieces_.empty()) return 0;
  const Piece& p = piece_at(t);
  return p.copy ? p.original + std::min(t - p.text_start, p.len) : p.original;
}

std::size_t TextMap::end_of(std::size_t t_end, std::string_view original_text) const {
  if (pieces_.empty() || t_end == 0) return start_of(0);
  const Piece& p = piece_at(t_end - 1);
  std::size_t end = p.copy ? p.original + std::min(t_end - p.text_start, p.len) : p.original + 1;
  end = std::min(end, original_text.size());
  while (end < original_text.size() &&
         (static_cast<unsigned char>(original_text[end]) & 0xC0) == 0x80) {
    ++end;
  }
  return end;
}

}  // namespace argmap
