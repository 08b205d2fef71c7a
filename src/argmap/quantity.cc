#include "argmap/quantity.h"

#include <algorithm>
#include <bitset>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string_view>

#include "argmap/numeral.h"
#include "argmap/text.h"

namespace argmap {
namespace {

struct Number {
  double value = 0;
  std::size_t start = 0, end = 0;
  bool needs_unit = false;  // a Chinese numeral or "one": only a number when a unit follows
  bool magnitude = false;   // 数千, 几十, thousands, dozens: an order of magnitude only
};

// The numeral lexicon's forms (digits, units, words, scales) hashed into a small bit set, made
// with each UnitTable (one per QuantityFinder): a position whose character or word is surely no
// form skips the map lookups. No false negatives, so the numbers found are the same.
class NumeralFilter {
 public:
  explicit NumeralFilter(const NumeralLexicon& n) {
    for (const auto* forms : {&n.digits, &n.units, &n.words, &n.scales}) {
      for (const auto& [form, value] : *forms) bits_.set(slot(form));
    }
    for (const auto* forms : {&n.words, &n.scales}) {
      for (const auto& [form, value] : *forms)
        if (!form.empty()) word_firsts_.set(static_cast<unsigned char>(form[0]) | 0x20);
    }
    empty_word_ = may_hold("");
    for (const auto* forms : {&n.digits, &n.units}) {
      for (const auto& [form, value] : *forms) {
        std::size_t at = 0;
        if (!form.empty()) chars_.set(decode_utf8(form, at) & 0xFFFF);
      }
    }
  }
  bool may_hold(std::string_view s) const { return bits_.test(slot(s)); }
  // Whether a word opening with the ASCII letter c may be a number word or scale; whether the
  // empty word may be one.
  bool may_open_word(char c) const {
    return word_firsts_.test(static_cast<unsigned char>(c) | 0x20);
  }
  bool may_hold_empty() const { return empty_word_; }
  // Whether c may open a Chinese digit or unit (by its low 16 bits): no hashing.
  bool may_open_numeral(char32_t c) const { return chars_.test(c & 0xFFFF); }

 private:
  static constexpr std::size_t kSlots = 1024;
  static std::size_t slot(std::string_view s) { return std::hash<std::string_view>{}(s) % kSlots; }
  std::bitset<kSlots> bits_;
  std::bitset<65536> chars_;
  std::bitset<256> word_firsts_;  // lowercase first letters of the number words and scales
  bool empty_word_ = false;
};

// The power of ten at or below v: dozens → 10.
double order_of(double v) {
  double m = 1;
  while (m * 10 <= v) m *= 10;
  return m;
}

std::string lower_word(std::string_view t, std::size_t i, std::size_t& k) {
  k = i;
  while (k < t.size() && is_ascii_alpha(t[k])) ++k;
  return lower_ascii(t.substr(i, k - i));
}

// "thousands", "dozens", "tens", or "several hundred": the plural or vague use of a number word.
std::optional<Number> english_magnitude(std::string_view t, std::size_t i,
                                        const NumeralLexicon& n) {
  std::size_t k = 0;
  const std::string word = lower_word(t, i, k);
  const auto value_of = [&n](const std::string& w) -> std::optional<double> {
    if (const auto s = n.scales.find(w); s != n.scales.end()) return static_cast<double>(s->second);
    if (const auto d = n.words.find(w); d != n.words.end() && d->second >= 10)
      return static_cast<double>(d->second);
    return std::nullopt;
  };
  if (word.size() > 1 && word.back() == 's') {
    if (const auto v = value_of(word.substr(0, word.size() - 1)))
      return Number{order_of(*v), i, k, false, true};
  }
  const bool vague =
      i >= 8 && (t.substr(0, i).ends_with("several ") || t.substr(0, i).ends_with("a few "));
  if (const auto s = n.scales.find(word); vague && s != n.scales.end())
    return Number{static_cast<double>(s->second), i, k, false, true};
  return std::nullopt;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits inside a name (COVID-19, 铯-137) or a word (G20) are no quantity.
std::optional<Number> arabic_at(std::string_view t, std::size_t i) {
  if (!is_digit(t[i]) || (i > 0 && is_ascii_alnum(t[i - 1]))) return std::nullopt;
  if (i >= 2 && t[i - 1] == '-' && t[i - 2] != ' ' && !is_digit(t[i - 2])) return std::nullopt;
  std::size_t j = i;
  std::string digits;
  while (j < t.size() && (is_digit(t[j]) || ((t[j] == ',' || t[j] == '.') && j + 1 < t.size() &&
                                             is_digit(t[j + 1])))) {
    if (t[j] != ',') digits += t[j];
    ++j;
  }
  const double value = std::strtod(digits.c_str(), nullptr);  // HUGE_VAL past double's range
  return Number{value, i, j, false};
}

std::optional<Number> chinese_at(std::string_view t, std::size_t i, const NumeralLexicon& n,
                                 const NumeralFilter& filter) {
  if (i >= t.size()) return std::nullopt;
  std::size_t first = i;
  if (!filter.may_open_numeral(decode_utf8(t, first))) return std::nullopt;  // no digit, no unit
  std::size_t j = i;
  while (j < t.size()) {
    std::size_t next = j;
    decode_utf8(t, next);
    const std::string ch(t.substr(j, next - j));
    if (!n.digits.count(ch) && !n.units.count(ch)) break;
    j = next;
  }
  if (j == i) return std::nullopt;
  const auto v = parse_chinese_numeral(t.substr(i, j - i), n);
  if (!v) return std::nullopt;
  return Number{static_cast<double>(*v), i, j, true};
}

// English number words: "forty", "twenty-five", "two hundred".
// Whether the word at t[i] may be a number word or scale, or one with a plural s: only then can
// words_at find a number there (an empty word only if the empty word is a scale).
bool may_be_number_word(std::string_view t, std::size_t i, const NumeralFilter& filter) {
  if (i >= t.size() || !is_ascii_alpha(t[i])) return filter.may_hold_empty();  // an empty word
  if (!filter.may_open_word(t[i])) return false;  // nor the word nor its singular is one
  std::size_t k = 0;
  const std::string word = lower_word(t, i, k);
  if (filter.may_hold(word)) return true;
  return word.size() > 1 && word.back() == 's' &&
         filter.may_hold(std::string_view(word).substr(0, word.size() - 1));
}

std::optional<Number> words_at(std::string_view t, std::size_t i, const NumeralLexicon& n,
                               const NumeralFilter& filter) {
  if (i > 0 && is_ascii_alpha(t[i - 1])) return std::nullopt;
  if (!may_be_number_word(t, i, filter)) return std::nullopt;
  if (auto m = english_magnitude(t, i, n)) return m;
  double total = 0, current = 0;
  std::size_t j = i, end = i;
  for (;;) {
    std::size_t k = j;
    while (k < t.size() && is_ascii_alpha(t[k])) ++k;
    const std::string word = lower_ascii(t.substr(j, k - j));
    if (const auto w = n.words.find(word); w != n.words.end() && k > j) {
      // After an article (a dozen) the word is the number; otherwise the words add up.
      const double v = static_cast<double>(w->second);
      current = current == 1 && end > i ? v : current + v;
    } else if (const auto s = n.scales.find(word); s != n.scales.end() && k > j && end > i) {
      current = std::max(current, 1.0) * static_cast<double>(s->second);
      if (s->second >= 1000) total += current, current = 0;
    } else {
      break;
    }
    end = k;
    j = k;
    if (j < t.size() && (t[j] == '-' || t[j] == ' ')) ++j;
  }
  if (end == i) return std::nullopt;
  const double value = total + current;
  return Number{value, i, end, value <= 1};
}

bool follows_any(std::string_view t, std::size_t at, const std::vector<std::string>& forms) {
  return std::any_of(forms.begin(), forms.end(), [&](const std::string& f) {
    return at >= f.size() && t.substr(at - f.size(), f.size()) == f;
  });
}

bool precedes_any(std::string_view t, std::size_t at, const std::vector<std::string>& forms) {
  return std::any_of(forms.begin(), forms.end(),
                     [&](const std::string& f) { return t.substr(at).starts_with(f); });
}

// A Chinese numeral that is an ordinal (第一) or approximate (几十, 十多) states no quantity.
bool inexact(std::string_view t, const Number& n, const Lexicon& lexicon) {
  return follows_any(t, n.start, lexicon.ordinal_markers) ||
         follows_any(t, n.start, lexicon.approximate_markers) ||
         precedes_any(t, n.end, lexicon.approximate_suffixes) ||
         precedes_any(t, n.end, lexicon.fraction_markers);  // fractions are not compared
}

// The Chinese numeral unit (万, 亿, 千) at t[at], its value and end; 0 if none.
long long unit_char_at(std::string_view t, std::size_t at, const NumeralLexicon& n,
                       std::size_t& end) {
  if (at >= t.size()) return 0;
  end = at;
  decode_utf8(t, end);
  const auto u = n.units.find(std::string(t.substr(at, end - at)));
  return u == n.units.end() ? 0 : u->second;
}

// 1亿5000万, 3万5千: after a large scale, digits with a smaller unit add to the number.
void add_lower_section(std::string_view t, Number& a, long long scale, const NumeralLexicon& n) {
  std::size_t j = a.end;
  while (j < t.size() && is_digit(t[j])) ++j;
  std::size_t end = j;
  const long long unit = j > a.end ? unit_char_at(t, j, n, end) : 0;
  if (unit == 0 || unit >= scale) return;
  const double digits = std::strtod(std::string(t.substr(a.end, j - a.end)).c_str(), nullptr);
  a.value += digits * static_cast<double>(unit);
  a.end = end;
}

// 1200万, 5亿, 12 million: a large scale after Arabic digits multiplies them.
void apply_scale(std::string_view t, Number& a, const Lexicon& lexicon) {
  const NumeralLexicon& n = lexicon.numerals;
  while (lexicon.lang == Lang::kZh && a.end < t.size()) {
    std::size_t next = a.end;
    const long long scale = unit_char_at(t, a.end, n, next);
    if (scale < 10000) return;
    a.value *= static_cast<double>(scale);
    a.end = next;
    add_lower_section(t, a, scale, n);
  }
  if (lexicon.lang != Lang::kEn) return;
  std::size_t at = a.end, k = 0;
  while (at < t.size() && t[at] == ' ') ++at;
  const auto s = n.scales.find(lower_word(t, at, k));
  if (k == at || s == n.scales.end()) return;
  a.value *= static_cast<double>(s->second);
  a.end = k;
}

// 成千上万, 成百上千: a smaller numeral unit just before the marker opens a range of orders,
// which starts there (thousands).
double range_start(std::string_view t, const Number& n, long long order, const Lexicon& lexicon) {
  for (const std::string& m : lexicon.approximate_markers) {
    if (!follows_any(t, n.start, {m})) continue;
    for (const auto& [ch, value] : lexicon.numerals.units) {
      if (value < order && follows_any(t, n.start - m.size(), {ch}))
        return static_cast<double>(value);
    }
  }
  return static_cast<double>(order);
}

std::optional<Number> number_at(std::string_view t, std::size_t i, const Lexicon& lexicon,
                                const NumeralFilter& filter) {
  if (auto a = arabic_at(t, i)) {
    apply_scale(t, *a, lexicon);
    return a;
  }
  if (lexicon.lang == Lang::kEn) return words_at(t, i, lexicon.numerals, filter);
  auto n = chinese_at(t, i, lexicon.numerals, filter);
  if (n && inexact(t, *n, lexicon)) {
    // 几十, 数千, 上万: a bare power of ten after an approximate marker is an order of magnitude.
    const auto unit =
        lexicon.numerals.units.find(std::string(t.substr(n->start, n->end - n->start)));
    const bool marked = follows_any(t, n->start, lexicon.approximate_markers) &&
                        !precedes_any(t, n->end, lexicon.approximate_suffixes);
    n->magnitude = marked && unit != lexicon.numerals.units.end();
    n->needs_unit = true;
    n->value = n->magnitude ? range_start(t, *n, unit->second, lexicon) : -1;
  }
  return n;
}

// ASCII lowercase, as std::tolower has it in the C locale the tool runs in.
unsigned char lower_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b + ('a' - 'A')) : b;
}

bool starts_with_ci(std::string_view t, std::size_t at, std::string_view form) {
  if (at + form.size() > t.size()) return false;
  for (std::size_t k = 0; k < form.size(); ++k) {
    if (lower_byte(t[at + k]) != lower_byte(form[k])) return false;
  }
  const std::size_t end = at + form.size();
  return end == t.size() || !is_ascii_alpha(t[end]) || !is_ascii_alpha(form.back());
}

// The lexicon's quantity units grouped by whether they are prefixes and by their first two bytes
// (lowercase; forms of one byte by it alone), in the lexicon's order, so that a position is
// compared only with the forms that can start there.
struct UnitTable {
  const Lexicon& lexicon;
  NumeralFilter numerals;
  std::vector<std::uint16_t> start;  // [group]: into order; see group()
  std::vector<std::uint16_t> order;  // unit indices, grouped
  std::bitset<2 * 256> firsts;       // [prefix * 256 + first byte]: some unit starts so

  static constexpr std::size_t kGroups = 2 * (65536 + 256);

  explicit UnitTable(const Lexicon& l) : lexicon(l), numerals(l.numerals), start(kGroups + 1) {
    const std::vector<QuantityUnit>& units = l.quantity_units;
    for (const QuantityUnit& u : units) {
      if (u.form.empty()) continue;
      ++start[group(u.form, u.prefix) + 1];
      firsts.set((u.prefix ? 256 : 0) + lower_byte(u.form[0]));
    }
    for (std::size_t g = 1; g < start.size(); ++g) start[g] += start[g - 1];
    order.resize(start.back());
    std::vector<std::uint16_t> next(start.begin(), start.end() - 1);
    for (std::size_t k = 0; k < units.size(); ++k) {
      if (!units[k].form.empty())
        order[next[group(units[k].form, units[k].prefix)]++] = static_cast<std::uint16_t>(k);
    }
  }
  // Prefixes after suffixes; in each, the groups of two bytes, then those of one.
  static std::size_t group(std::string_view form, bool prefix) {
    const std::size_t base = prefix ? 65536 + 256 : 0;
    if (form.size() == 1) return base + 65536 + lower_byte(form[0]);
    return base + (std::size_t{lower_byte(form[0])} << 8 | lower_byte(form[1]));
  }

  // The first of the longest units of group g matching at t[at] if longer than best.
  const QuantityUnit* longest(std::string_view t, std::size_t at, std::size_t g,
                              const QuantityUnit* best) const {
    for (std::size_t k = start[g]; k < start[g + 1]; ++k) {
      const QuantityUnit& u = lexicon.quantity_units[order[k]];
      if (!starts_with_ci(t, at, u.form)) continue;
      if (!best || u.form.size() > best->form.size()) best = &u;
    }
    return best;
  }

  // Longest quantity unit (suffix or prefix as asked) at t[at]; the first of the longest.
  const QuantityUnit* at(std::string_view t, std::size_t at, bool prefix) const {
    if (at >= t.size() || !firsts.test((prefix ? 256 : 0) + lower_byte(t[at]))) return nullptr;
    const QuantityUnit* best =
        at + 1 < t.size() ? longest(t, at, group(t.substr(at, 2), prefix), nullptr) : nullptr;
    return best ? best : longest(t, at, group(t.substr(at, 1), prefix), nullptr);
  }
};

bool measure_at(std::string_view t, std::size_t at, const Lexicon& lexicon) {
  return std::any_of(lexicon.measure_words.begin(), lexicon.measure_words.end(),
                     [&](const std::string& m) { return t.substr(at).starts_with(m); });
}

std::size_t skip_blank(std::string_view t, std::size_t at) {
  while (at < t.size() && t[at] == ' ') ++at;
  return at;
}

// The unit after a number, past a hyphen (a 3,000-pound slide) or an approximate suffix
// (10900多公斤, more than 10,900 kg); `after` moves to the unit.
const QuantityUnit* unit_after(std::string_view t, std::size_t& after, const UnitTable& units) {
  const Lexicon& lexicon = units.lexicon;
  if (const QuantityUnit* u = units.at(t, after, false)) return u;
  std::size_t past = after;
  if (after < t.size() && t[after] == '-') {
    past = after + 1;
  } else {
    for (const std::string& s : lexicon.approximate_suffixes) {
      if (t.substr(after).starts_with(s)) past = std::max(past, after + s.size());
    }
  }
  const QuantityUnit* u = past > after ? units.at(t, past, false) : nullptr;
  if (u) after = past;
  return u;
}

// A number at t[i] with what follows it, or a standalone unit word (decade, 半年).
std::optional<Quantity> quantity_at(std::string_view t, std::size_t i, const UnitTable& units) {
  const Lexicon& lexicon = units.lexicon;
  if (const QuantityUnit* pre = units.at(t, i, true)) {
    if (auto n = number_at(t, i + pre->form.size(), lexicon, units.numerals)) {
      return Quantity{n->value * pre->factor, pre->unit, i, n->end};
    }
  }
  // Before a number: a standalone word may open with a numeral (两半 "in half").
  const bool word_start = i == 0 || !is_ascii_alpha(t[i - 1]);
  const QuantityUnit* word = word_start ? units.at(t, i, false) : nullptr;
  if (word && word->standalone)
    return Quantity{*word->standalone * word->factor, word->unit, i, i + word->form.size()};
  if (auto n = number_at(t, i, lexicon, units.numerals)) {
    if (n->value < 0) return Quantity{-1, "", i, n->end};  // inexact: skipped by the caller
    const std::size_t after = skip_blank(t, n->end);
    if (n->magnitude) {  // 几十年 against "decades" is beyond us: a magnitude counts things only
      if (units.at(t, after, false)) return Quantity{-1, "", i, n->end};
      return Quantity{n->value, kMagnitude, i, n->end};
    }
    std::size_t at = after;
    if (const QuantityUnit* u = unit_after(t, at, units)) {
      // A one before a share (一半, 1%) is never an article.
      const bool one = n->value == 1 && u->unit != "percent";
      return Quantity{n->value * u->factor, u->unit, i, at + u->form.size(), u->tolerance, one};
    }
    if (!n->needs_unit || (n->value > 1 && measure_at(t, n->end, lexicon))) {
      return Quantity{n->value, "", i, n->end};
    }
  }
  return std::nullopt;
}

}  // namespace

struct QuantityFinder::Table {
  UnitTable units;
};

QuantityFinder::QuantityFinder(const Lexicon& lexicon) : table_(new Table{UnitTable(lexicon)}) {}
QuantityFinder::~QuantityFinder() = default;

std::vector<Quantity> QuantityFinder::in(std::string_view text) const {
  const UnitTable& units = table_->units;
  std::vector<Quantity> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (auto q = quantity_at(text, i, units)) {
      if (q->value >= 0 && std::isfinite(q->value)) out.push_back(*q);  // 10^400: no quantity
      i = std::max(q->end, i + 1);
      continue;
    }
    i = after_code_point(text, i);
  }
  return out;
}

std::vector<Quantity> find_quantities(std::string_view text, const Lexicon& lexicon) {
  return QuantityFinder(lexicon).in(text);
}

}  // namespace argmap
