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
#include "argmap/sha256.h"

namespace argmap {
namespace {

// ARGDICT2: the header holds the fingerprint of the gloss rules after the magic.
constexpr char kMagic[8] = {'A', 'R', 'G', 'D', 'I', 'C', 'T', '2'};
constexpr std::size_t kFingerprintSize = 64;  // SHA-256 in hex

// The gloss and stem rules, with the function words as a set.
struct Glossing {
  const GlossRules& rules;
  const std::vector<StemRule>& stems;
  std::set<std::string_view> function_words;
  Glossing(const GlossRules& g, const std::vector<StemRule>& s)
      : rules(g), stems(s), function_words(g.function_words.begin(), g.function_words.end()) {}
  bool skipped(std::string_view gloss) const {
    return std::any_of(rules.skip_prefixes.begin(), rules.skip_prefixes.end(),
                       [gloss](const std::string& p) { return gloss.starts_with(p); });
  }
  bool content(std::string_view w) const {
    return w.size() >= rules.min_letters && function_words.count(w) == 0;
  }
};

// Content words of one gloss: parentheses and classifier notes dropped, lowercase stems.
void gloss_words(std::string_view gloss, const Glossing& g, std::set<std::string>& out) {
  if (g.skipped(gloss)) return;
  int depth = 0;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && g.content(word)) out.insert(english_stem(word, g.stems));
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
bool parse_line(std::string_view line, const Glossing& g, std::string& word,
                std::set<std::string>& glosses) {
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
    gloss_words(line.substr(at, end - at), g, glosses);
    at = end + 1;
  }
  return true;
}

// Headword -> its gloss stems, over every well-formed line of a CC-CEDICT text.
std::map<std::string, std::set<std::string>> parse_entries(std::string_view text,
                                                           const Glossing& glossing) {
  std::map<std::string, std::set<std::string>> words;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (line.ends_with('\r')) line.remove_suffix(1);
    std::string word;
    std::set<std::string> glosses;
    if (parse_line(line, glossing, word, glosses)) words[word].merge(glosses);
    at = end + 1;
  }
  return words;
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

std::string english_stem(std::string_view word, const std::vector<StemRule>& rules) {
  std::string w(word);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const StemRule& r : rules) {
    if (w.size() < r.suffix.size() + r.min_stem || !w.ends_with(r.suffix)) continue;
    if (!r.unless_ending.empty() && w.ends_with(r.unless_ending)) continue;
    w.resize(w.size() - r.suffix.size());
    return w + r.replacement;
  }
  return w;
}

// Every field, each string length-prefixed so that no two rule sets serialise alike.
std::string gloss_rules_fingerprint(const GlossRules& glosses, const std::vector<StemRule>& stems) {
  std::string bytes;
  const auto add = [&bytes](std::string_view s) {
    bytes += std::to_string(s.size()) + ':';
    bytes += s;
  };
  for (const std::string& p : glosses.skip_prefixes) add("skip"), add(p);
  for (const std::string& w : glosses.function_words) add("function"), add(w);
  add("min_letters"), add(std::to_string(glosses.min_letters));
  for (const StemRule& r : stems) {
    add("rule"), add(r.suffix), add(r.replacement), add(std::to_string(r.min_stem));
    add(r.unless_ending);
  }
  return sha256_hex(bytes);
}

struct Dictionary::Built {
  std::string blob;
  std::vector<Entry> entries;
};

Result<Dictionary> Dictionary::from_text(std::string_view text, const std::string& name,
                                         const GlossRules& gloss_rules,
                                         const std::vector<StemRule>& stems) {
  const std::map<std::string, std::set<std::string>> words =
      parse_entries(text, Glossing(gloss_rules, stems));
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

std::string Dictionary::serialise(std::uint64_t source_size, std::string_view rules) const {
  std::string out(kMagic, sizeof kMagic);
  out += rules;
  put(out, source_size);
  put(out, static_cast<std::uint64_t>(entries_.size()));
  put(out, static_cast<std::uint64_t>(blob_.size()));
  put(out, static_cast<std::uint64_t>(longest_));
  for (const Entry& e : entries_) put(out, e);
  out += blob_;
  return out;
}

bool Dictionary::deserialise(std::string_view in, std::uint64_t source_size, std::string_view rules,
                             Dictionary& out) {
  if (in.size() < sizeof kMagic + kFingerprintSize ||
      std::memcmp(in.data(), kMagic, sizeof kMagic) != 0 ||
      in.substr(sizeof kMagic, kFingerprintSize) != rules)
    return false;
  in.remove_prefix(sizeof kMagic + kFingerprintSize);
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

Result<Dictionary> Dictionary::open(const std::string& path, const GlossRules& glosses,
                                    const std::vector<StemRule>& stems) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return cannot_open(path);
  const std::string rules = gloss_rules_fingerprint(glosses, stems);
  const std::string index_path = path + ".argmap-index";
  if (std::shared_ptr<const Mapping> index = map_file(index_path)) {
    Dictionary d;
    d.path_ = path;
    d.owner_ = index;
    if (deserialise(std::string_view(index->data, index->size),
                    static_cast<std::uint64_t>(st.st_size), rules, d))
      return d;
  }
  Result<std::string> source = slurp(path);
  if (!source) return source.error();
  Result<Dictionary> built = from_text(*source, path, glosses, stems);
  if (!built) return built;
  const std::string temp = index_path + ".tmp";
  std::ofstream out(temp, std::ios::binary);
  if (out && (out << built->serialise(source->size(), rules)) && (out.close(), !out.fail())) {
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
