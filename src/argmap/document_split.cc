// split_versions: finds the Chinese and the English version of an essay (see document.h).
#include <algorithm>
#include <cctype>

#include "argmap/document.h"
#include "argmap/second_thread.h"
#include "argmap/text.h"

namespace argmap {
namespace {

// A run of non-blank lines (a paragraph), or one line in --units lines mode.
struct Chunk {
  std::size_t start = 0;
  std::size_t end = 0;         // after the last character of the last line, before its line break
  std::optional<Lang> script;  // nullopt: neither Han nor Latin letters
  std::optional<Lang> marker;  // the chunk is a version marker such as 中文版
  std::optional<Lang> lang;    // the version it is assigned to
};

// Calls f(start, end) for each line of bytes[from, size), end excluding the line break.
template <class F>
void for_each_line(const std::string& bytes, std::size_t from, F f) {
  std::size_t start = from;
  while (start < bytes.size()) {
    std::size_t end = bytes.find_first_of("\r\n", start);
    if (end == std::string::npos) end = bytes.size();
    f(start, end);
    start = end + ((bytes.compare(end, 2, "\r\n") == 0) ? 2 : 1);
  }
}

std::optional<Lang> script_language(std::string_view text) {
  const ScriptCounts counts = count_scripts(text);
  if (counts.han == 0 && counts.latin == 0) return std::nullopt;
  // One Han character carries about as much as a short English word.
  return counts.han * 3 >= counts.latin ? Lang::kZh : Lang::kEn;
}

// Strips Markdown heading marks, emphasis, brackets and a trailing colon around a marker line.
std::string_view marker_key(std::string_view line, const StructureLexicon& lex) {
  std::string_view s = trim(line);
  while (!s.empty() && (s.front() == '#' || s.front() == '*' || s.front() == '_'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == '*' || s.back() == '_' || s.back() == ':')) s.remove_suffix(1);
  s = trim(s);
  for (const std::string& close : lex.marker_suffixes) {
    if (s.ends_with(close)) s.remove_suffix(close.size());
  }
  for (const std::string& open : lex.marker_prefixes) {
    if (s.starts_with(open)) s.remove_prefix(open.size());
  }
  return trim(s);
}

std::optional<Lang> marker_of(std::string_view text, const Lexicons& lexicons) {
  if (text.find_first_of("\r\n") != std::string_view::npos) return std::nullopt;
  for (const Lexicon* lexicon : {&lexicons.zh, &lexicons.en}) {
    const std::string_view key = marker_key(text, lexicon->structure);
    for (const VersionMarker& m : lexicon->structure.version_markers) {
      if (equal_ascii_ci(m.text, key)) return m.lang;
    }
  }
  return std::nullopt;
}

// The input's chunks with their markers and, unless the whole input's language is known
// (`whole`), their scripts.
std::vector<Chunk> chunks_of(const Input& input, UnitMode units, const Lexicons& lexicons,
                             bool whole) {
  std::vector<Chunk> chunks;
  bool open = false;
  for_each_line(input.bytes, input.text_start, [&](std::size_t start, std::size_t end) {
    const bool blank = trim(std::string_view(input.bytes).substr(start, end - start)).empty();
    if (blank || units == UnitMode::kLines) open = false;
    if (blank) return;
    if (!open) chunks.push_back(Chunk{start, end, {}, {}, {}});
    chunks.back().end = end;
    open = true;
  });
  for (Chunk& c : chunks) {
    const std::string_view text = std::string_view(input.bytes).substr(c.start, c.end - c.start);
    if (!whole) c.script = script_language(text);
    c.marker = marker_of(text, lexicons);
  }
  return chunks;
}

// Chunks with neither script take the language of the chunk before them (or after, at the start).
void fill_neutral(std::vector<Chunk>& chunks) {
  std::optional<Lang> last;
  for (Chunk& c : chunks) {
    if (!c.lang) c.lang = last;
    last = c.lang;
  }
  std::optional<Lang> next;
  for (auto it = chunks.rbegin(); it != chunks.rend(); ++it) {
    if (!it->lang) it->lang = next;
    next = it->lang;
  }
}

// With markers: a marker opens its language's block; chunks before the first marker (titles)
// go by their script.
void assign_by_markers(std::vector<Chunk>& chunks) {
  std::optional<Lang> current;
  for (Chunk& c : chunks) {
    if (c.marker) current = c.marker;
    c.lang = current ? current : c.script;
  }
}

// Without markers: each chunk goes by its script, except a lone chunk standing between two
// runs of at least two chunks of the other language, which is a stray inside a block.
void assign_by_script(std::vector<Chunk>& chunks) {
  std::vector<std::pair<std::size_t, std::size_t>> runs;  // [first, last] indices
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    chunks[i].lang = chunks[i].script;
    if (!chunks[i].script) continue;
    if (!runs.empty() && chunks[runs.back().first].script == chunks[i].script) {
      runs.back().second = i;
    } else {
      runs.emplace_back(i, i);
    }
  }
  auto length = [&chunks](std::pair<std::size_t, std::size_t> run) {
    std::size_t n = 0;
    for (std::size_t i = run.first; i <= run.second; ++i) n += chunks[i].script ? 1 : 0;
    return n;
  };
  for (std::size_t r = 1; r + 1 < runs.size(); ++r) {
    if (length(runs[r]) != 1 || length(runs[r - 1]) < 2 || length(runs[r + 1]) < 2) continue;
    const Lang around = *chunks[runs[r - 1].first].script;
    for (std::size_t i = runs[r].first; i <= runs[r].second; ++i) chunks[i].lang = around;
  }
}

void append_regions(const std::vector<Chunk>& chunks, std::size_t input, Lang lang,
                    std::vector<Region>& regions) {
  bool previous_in = false;
  for (const Chunk& c : chunks) {
    const bool in = !c.marker && c.lang == lang;
    if (in && previous_in) regions.back().end = c.end;
    if (in && !previous_in) regions.push_back(Region{input, c.start, c.end});
    previous_in = in;
  }
}

// The input paths, comma-separated, for an error about the whole document.
std::string input_paths(const Document& doc) {
  std::string files;
  for (const Input& in : doc.inputs) files += (files.empty() ? "" : ", ") + in.path;
  return files;
}

Error missing_version(const Document& doc, Lang lang) {
  const std::string which(lang_name(lang));
  return Error{ExitCode::kDataError,
               input_paths(doc),
               std::nullopt,
               0,
               0,
               "no " + which + " version found (use --lang to read a one-language file)"};
}

// Neither Chinese nor English anywhere (digits, punctuation and markup only).
Error no_text(const Document& doc) {
  return Error{ExitCode::kDataError,
               input_paths(doc),
               std::nullopt,
               0,
               0,
               "no Chinese or English text found"};
}

std::optional<Lang> whole_input_language(const Input& input) {
  return script_language(std::string_view(input.bytes).substr(input.text_start));
}

// Each chunk's language: the whole input's when known, else by markers or by script.
void assign_languages(std::vector<Chunk>& cs, std::optional<Lang> whole) {
  const bool has_markers =
      std::any_of(cs.begin(), cs.end(), [](const Chunk& c) { return c.marker.has_value(); });
  if (whole) {
    for (Chunk& c : cs) c.lang = whole;
  } else if (has_markers) {
    assign_by_markers(cs);
  } else {
    assign_by_script(cs);
  }
  fill_neutral(cs);
}

}  // namespace

Result<Document> split_versions(std::vector<Input> inputs, const SplitOptions& options,
                                const Lexicons& lexicons, unsigned threads) {
  Document doc;
  doc.inputs = std::move(inputs);
  // With two inputs, each is one language as a whole (counted once per input). Each input's
  // chunks on their own, on two threads when allowed.
  std::vector<std::optional<Lang>> wholes(doc.inputs.size(), options.only);
  std::vector<std::vector<Chunk>> chunks(doc.inputs.size());
  for_each_index(doc.inputs.size(), threads, [&](std::size_t i) {
    if (!options.only && doc.inputs.size() > 1) wholes[i] = whole_input_language(doc.inputs[i]);
    chunks[i] = chunks_of(doc.inputs[i], options.units, lexicons, wholes[i].has_value());
    assign_languages(chunks[i], wholes[i]);
  });
  if (doc.inputs.size() == 2 && !options.only && wholes[0] && wholes[0] == wholes[1]) {
    return Error{
        ExitCode::kDataError,
        doc.inputs[1].path,
        std::nullopt,
        0,
        0,
        "both inputs are " + std::string(lang_name(*wholes[0])) + "; give one file per language"};
  }
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    Version v{lang, {}};
    for (std::size_t i = 0; i < chunks.size(); ++i) append_regions(chunks[i], i, lang, v.regions);
    if (!v.regions.empty()) doc.versions.push_back(std::move(v));
  }
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const bool wanted = options.only ? *options.only == lang : options.need_both;
    if (wanted && !doc.find(lang)) return missing_version(doc, lang);
  }
  if (doc.versions.empty()) return no_text(doc);
  return doc;
}

}  // namespace argmap
