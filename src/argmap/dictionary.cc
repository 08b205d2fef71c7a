#include "argmap/dictionary.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "argmap/document.h"

namespace argmap {
namespace {

constexpr char kMagic[8] = {'A', 'R', 'G', 'D', 'I', 'C', 'T', '1'};

// Words in glosses that carry no meaning of their own.
bool is_function_word(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "a",   "an", "the", "to",  "of",   "in",  "on",        "for",    "and",
      "or",  "as", "at",  "by",  "with", "be",  "is",        "sth",    "sb",
      "one", "s",  "lit", "fig", "used", "etc", "something", "someone"};
  return w.size() < 2 || kWords.count(w) > 0;
}

// Content words of one gloss: parentheses and classifier notes dropped, lowercase stems.
void gloss_words(std::string_view gloss, std::set<std::string>& out) {
  if (gloss.starts_with("CL:") || gloss.starts_with("variant of") || gloss.starts_with("see ") ||
      gloss.starts_with("old variant") || gloss.starts_with("surname ")) {
    return;
  }
  int depth = 0;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && !is_function_word(word)) out.insert(english_stem(word));
    word.clear();
  };
  for (char c : gloss) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth == 0 && std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
    }
  }
  flush();
}

// One line: "traditional simplified [pinyin] /gloss/.../", or false for comments and junk.
bool parse_line(std::string_view line, std::string& word, std::set<std::string>& glosses) {
  if (line.empty() || line[0] == '#') return false;
  const std::size_t sp1 = line.find(' ');
  const std::size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
  const std::size_t slash = line.find('/');
  if (sp2 == std::string_view::npos || slash == std::string_view::npos || slash < sp2) return false;
  word = std::string(line.substr(sp1 + 1, sp2 - sp1 - 1));
  std::size_t at = slash + 1;
  while (at < line.size()) {
    std::size_t end = line.find('/', at);
    if (end == std::string_view::npos) end = line.size();
    gloss_words(line.substr(at, end - at), glosses);
    at = end + 1;
  }
  return true;
}

template <class T>
void put(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <class T>
bool get(std::string_view& in, T& v) {
  if (in.size() < sizeof v) return false;
  std::memcpy(&v, in.data(), sizeof v);
  in.remove_prefix(sizeof v);
  return true;
}

Error cannot_open(const std::string& path) {
  return Error{ExitCode::kNoInput, path, std::nullopt, 0, 0, "cannot open dictionary"};
}

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return cannot_open(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A read-only private mapping of a whole file, unmapped with its last owner.
struct Mapping {
  const char* data = nullptr;
  std::size_t size = 0;
  Mapping(const char* d, std::size_t n) : data(d), size(n) {}
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  ~Mapping() { ::munmap(const_cast<char*>(data), size); }
};

std::shared_ptr<const Mapping> map_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  void* addr = MAP_FAILED;
  if (::fstat(fd, &st) == 0 && st.st_size > 0)
    addr = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (addr == MAP_FAILED) return nullptr;
  return std::make_shared<const Mapping>(static_cast<const char*>(addr),
                                         static_cast<std::size_t>(st.st_size));
}

}  // namespace

std::string english_stem(std::string_view word) {
  std::string w(word);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto strip = [&w](std::string_view suffix, std::size_t keep, std::string_view add = "") {
    if (w.size() < suffix.size() + keep || !w.ends_with(suffix)) return false;
    w.resize(w.size() - suffix.size());
    w += add;
    return true;
  };
  if (strip("ies", 2, "y") || strip("sses", 2, "ss") || strip("ing", 3) || strip("ed", 3) ||
      strip("ly", 3) || (!w.ends_with("ss") && strip("s", 3))) {
    return w;
  }
  return w;
}

struct Dictionary::Built {
  std::string blob;
  std::vector<Entry> entries;
};

Result<Dictionary> Dictionary::from_text(std::string_view text, const std::string& name) {
  std::map<std::string, std::set<std::string>> words;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (line.ends_with('\r')) line.remove_suffix(1);
    std::string word;
    std::set<std::string> glosses;
    if (parse_line(line, word, glosses)) words[word].merge(glosses);
    at = end + 1;
  }
  if (words.empty())
    return Error{ExitCode::kDataError, name, std::nullopt, 0, 0, "no CC-CEDICT entries found"};
  Dictionary d;
  d.path_ = name;
  auto built = std::make_shared<Built>();
  std::string& blob = built->blob;
  for (const auto& [word, glosses] : words) {
    Entry e{static_cast<std::uint32_t>(blob.size()), static_cast<std::uint32_t>(word.size()), 0, 0};
    blob += word;
    e.gloss_offset = static_cast<std::uint32_t>(blob.size());
    for (const std::string& g : glosses) blob += (blob.size() > e.gloss_offset ? " " : "") + g;
    e.gloss_length = static_cast<std::uint32_t>(blob.size() - e.gloss_offset);
    d.longest_ = std::max(d.longest_, word.size());
    built->entries.push_back(e);
  }
  d.blob_ = built->blob;
  d.entries_ = built->entries;
  d.owner_ = std::move(built);
  d.built_index_ = true;
  return d;
}

std::string Dictionary::serialise(std::uint64_t source_size) const {
  std::string out(kMagic, sizeof kMagic);
  put(out, source_size);
  put(out, static_cast<std::uint64_t>(entries_.size()));
  put(out, static_cast<std::uint64_t>(blob_.size()));
  put(out, static_cast<std::uint64_t>(longest_));
  for (const Entry& e : entries_) put(out, e);
  out += blob_;
  return out;
}

bool Dictionary::deserialise(std::string_view in, std::uint64_t source_size, Dictionary& out) {
  if (in.size() < sizeof kMagic || std::memcmp(in.data(), kMagic, sizeof kMagic) != 0) return false;
  in.remove_prefix(sizeof kMagic);
  std::uint64_t size = 0, count = 0, blob = 0, longest = 0;
  if (!get(in, size) || !get(in, count) || !get(in, blob) || !get(in, longest)) return false;
  if (size != source_size || in.size() != count * sizeof(Entry) + blob) return false;
  if (reinterpret_cast<std::uintptr_t>(in.data()) % alignof(Entry) != 0) return false;
  // The entries are read in place; their offsets are checked when a lookup reads them.
  out.entries_ = std::span(reinterpret_cast<const Entry*>(in.data()), count);
  out.blob_ = in.substr(count * sizeof(Entry));
  out.longest_ = longest;
  return true;
}

Result<Dictionary> Dictionary::open(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return cannot_open(path);
  const std::string index_path = path + ".argmap-index";
  if (std::shared_ptr<const Mapping> index = map_file(index_path)) {
    Dictionary d;
    d.path_ = path;
    d.owner_ = index;
    if (deserialise(std::string_view(index->data, index->size),
                    static_cast<std::uint64_t>(st.st_size), d))
      return d;
  }
  Result<std::string> source = slurp(path);
  if (!source) return source.error();
  Result<Dictionary> built = from_text(*source, path);
  if (!built) return built;
  const std::string temp = index_path + ".tmp";
  std::ofstream out(temp, std::ios::binary);
  if (out && (out << built->serialise(source->size())) && (out.close(), !out.fail())) {
    std::rename(temp.c_str(), index_path.c_str());
  } else {
    std::remove(temp.c_str());
  }
  return built;
}

// An entry's headword; empty when its offsets fall outside the blob (a damaged index).
std::string_view Dictionary::word_of(const Entry& e) const {
  if (std::uint64_t{e.word_offset} + e.word_length > blob_.size()) return {};
  return blob_.substr(e.word_offset, e.word_length);
}

bool Dictionary::usable(const Entry& e) const {
  return std::uint64_t{e.gloss_offset} + e.gloss_length <= blob_.size();
}

const Dictionary::Entry* Dictionary::find(std::string_view word) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), word,
                             [this](const Entry& e, std::string_view w) { return word_of(e) < w; });
  if (it == entries_.end() || word.empty() || word_of(*it) != word) return nullptr;
  return usable(*it) ? &*it : nullptr;
}

bool Dictionary::contains(std::string_view word) const { return find(word) != nullptr; }

Dictionary::Range Dictionary::narrow(Range within, std::string_view prefix) const {
  const auto first = entries_.begin() + static_cast<std::ptrdiff_t>(within.begin);
  const auto last = entries_.begin() + static_cast<std::ptrdiff_t>(within.end);
  auto lo = std::lower_bound(first, last, prefix,
                             [this](const Entry& e, std::string_view p) { return word_of(e) < p; });
  auto hi = std::partition_point(lo, last, [this, prefix](const Entry& e) {
    return word_of(e).substr(0, prefix.size()) == prefix;
  });
  return {static_cast<std::size_t>(lo - entries_.begin()),
          static_cast<std::size_t>(hi - entries_.begin())};
}

long Dictionary::id_in(Range within, std::string_view word) const {
  if (within.begin >= within.end || word.empty()) return -1;
  const Entry& e = entries_[within.begin];
  return word_of(e) == word && usable(e) ? static_cast<long>(within.begin) : -1;
}

std::vector<std::string_view> Dictionary::glosses_of(long id) const {
  std::vector<std::string_view> out;
  if (id < 0 || static_cast<std::size_t>(id) >= entries_.size()) return out;
  const Entry& e = entries_[static_cast<std::size_t>(id)];
  if (!usable(e)) return out;
  std::string_view g = blob_.substr(e.gloss_offset, e.gloss_length);
  while (!g.empty()) {
    const std::size_t sp = g.find(' ');
    out.push_back(g.substr(0, sp));
    if (sp == std::string_view::npos) break;
    g.remove_prefix(sp + 1);
  }
  return out;
}

std::vector<std::string_view> Dictionary::glosses(std::string_view word) const {
  const Entry* e = find(word);
  return e ? glosses_of(e - entries_.data()) : std::vector<std::string_view>{};
}

}  // namespace argmap
