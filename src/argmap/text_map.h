// TextMap: where each byte of a derived text (markers removed, lines joined) came from in the
// original input, so that every unit keeps exact byte offsets into what the user gave us.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace argmap {

class TextMap {
 public:
  // text[text_start, text_start + len) is a copy of input bytes [original, original + len).
  void add_copy(std::size_t text_start, std::size_t len, std::size_t original);
  // text[text_start, text_start + len) was inserted or rewritten; it stands for `original`.
  void add_inserted(std::size_t text_start, std::size_t len, std::size_t original);

  // The map of text[from, to), re-based so that `from` becomes 0.
  TextMap slice(std::size_t from, std::size_t to) const;

  // Original offset of text offset t (t < text length).
  std::size_t start_of(std::size_t t) const;
  // Original offset just past the character that ends at text offset t_end (exclusive),
  // snapped forward to a code point boundary of `original_text`.
  std::size_t end_of(std::size_t t_end, std::string_view original_text) const;

 private:
  struct Piece {
    std::size_t text_start;
    std::size_t len;
    std::size_t original;
    bool copy;
  };
  const Piece& piece_at(std::size_t t) const;
  std::vector<Piece> pieces_;  // sorted by text_start, contiguous
};

}  // namespace argmap
