// Dictionary: Chinese words with their English glosses (CC-CEDICT), the aligner's lexical
// anchors. Read through a compact sorted index built once beside the source file and mapped
// into memory, so that opening costs only the pages a lookup touches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/error.h"
#include "argmap/lexicon.h"

namespace argmap {

class Dictionary {
 public:
  // Opens a CC-CEDICT file (`traditional simplified [pinyin] /gloss/gloss/`), its glosses
  // stemmed by en.json's rules. Uses the index PATH.argmap-index when it matches the source's
  // size and the rules' fingerprint, else builds it (and saves it when the folder is
  // writable). Errors: 66 (cannot open), 65 (not a dictionary).
  static Result<Dictionary> open(const std::string& path, const GlossRules& glosses,
                                 const std::vector<StemRule>& stems);
  // Builds from the text of a CC-CEDICT file, without touching the disk.
  static Result<Dictionary> from_text(std::string_view text, const std::string& name,
                                      const GlossRules& glosses,
                                      const std::vector<StemRule>& stems);

  // The English content words (lowercase) glossing a simplified Chinese word.
  std::vector<std::string_view> glosses(std::string_view word) const;
  bool contains(std::string_view word) const;

  // Entries [begin, end) by headword order: those whose headword starts with some prefix.
  struct Range {
    std::size_t begin = 0, end = 0;
  };
  Range all() const { return {0, entries_.size()}; }
  // The entries of `within` (all sharing prefix's first bytes) whose headword starts with
  // `prefix`: an empty range when no longer word can match either.
  Range narrow(Range within, std::string_view prefix) const;
  // The id of the entry of `within` that is `word` itself (its first), or -1.
  long id_in(Range within, std::string_view word) const;
  // The glosses of entry `id` (from id_in), as glosses(word) gives them.
  std::vector<std::string_view> glosses_of(long id) const;
  std::size_t size() const { return entries_.size(); }
  std::size_t longest_word() const { return longest_; }  // in bytes
  const std::string& path() const { return path_; }
  bool built_index() const { return built_index_; }  // this open built (not loaded) the index

 private:
  struct Entry {
    std::uint32_t word_offset, word_length, gloss_offset, gloss_length;
  };
  struct Built;
  std::string serialise(std::uint64_t source_size, std::string_view rules) const;
  static bool deserialise(std::string_view bytes, std::uint64_t source_size, std::string_view rules,
                          Dictionary& out);
  const Entry* find(std::string_view word) const;
  bool usable(const Entry& e) const;  // its glosses lie inside the blob
  std::string_view word_of(const Entry& e) const;

  std::string path_;
  std::shared_ptr<const void> owner_;  // the mapped index file, or the index built in memory
  std::string_view blob_;              // headwords and space-separated glosses
  std::span<const Entry> entries_;     // sorted by headword bytes
  std::size_t longest_ = 0;
  bool built_index_ = false;
};

// Lowercase English word reduced to a crude stem by the first of `rules` that applies (en.json:
// plural, -ed, -ing, -ly) so that inflected forms match their dictionary glosses.
std::string english_stem(std::string_view word, const std::vector<StemRule>& rules);

// SHA-256 (hex) of the rules a dictionary's glosses were stemmed by: its index is keyed on it.
std::string gloss_rules_fingerprint(const GlossRules& glosses, const std::vector<StemRule>& stems);

}  // namespace argmap
