// Document: the input bytes, checked to be usable text, split into a Chinese and an English
// version; each version is a list of byte regions of the original inputs, in reading order.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "argmap/error.h"
#include "argmap/language.h"
#include "argmap/lexicon.h"
#include "argmap/text.h"

namespace argmap {

struct Input {
  std::string path;            // as the user named it; "-" is standard input
  std::string bytes;           // the original bytes, never modified
  std::size_t text_start = 0;  // 3 after a UTF-8 byte order mark, else 0
  std::string sha256;
};

// Reads a file or, for "-", standard input. Errors: 66 (cannot open), 74 (read failed),
// 65 (not usable text).
Result<Input> read_input(const std::string& path);
// Checks bytes already in memory: valid UTF-8, no NUL or other binary control bytes, some text.
Result<Input> make_input(std::string path, std::string bytes);

// A contiguous byte range [start, end) of inputs[input].
struct Region {
  std::size_t input = 0;
  std::size_t start = 0;
  std::size_t end = 0;
};

struct Version {
  Lang lang = Lang::kZh;
  std::vector<Region> regions;
};

enum class UnitMode { kAuto, kLines };

struct SplitOptions {
  std::optional<Lang> only;  // --lang: the input holds this one language
  bool need_both = true;     // fail when a version is missing
  UnitMode units = UnitMode::kAuto;
};

struct Document {
  std::vector<Input> inputs;
  std::vector<Version> versions;  // Chinese first when present
  const Version* find(Lang lang) const;
};

// Finds the language versions in one bilingual input (marked blocks, unmarked blocks in
// either order, or paragraphs interleaved) or in two inputs, one per language.
Result<Document> split_versions(std::vector<Input> inputs, const SplitOptions& options,
                                const Lexicons& lexicons, unsigned threads = 1);

// Error for inputs[input] at a byte offset, with its line:column.
Error error_at(const Input& input, std::size_t offset, ExitCode code, std::string message);

}  // namespace argmap
