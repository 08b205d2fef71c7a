// Numbers: the quantities of aligned units, normalised (十年 = a decade = 10 years; 百分之四十 =
// 40 percent), must agree; a unit on one side only (三十遍 / thirty times) is not a difference.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "argmap/anchors.h"
#include "argmap/checks/rules.h"

namespace argmap::checks {
namespace {

std::vector<Quantity> quantities(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  std::vector<Quantity> out;
  for (std::size_t u : units)
    out.insert(out.end(), v.features[u].numbers.begin(), v.features[u].numbers.end());
  return out;
}

// A numeral that begins inside a dictionary word of three or more characters (胡说八道 talk
// nonsense, 七上八下) is part of the word, not a quantity.
bool inside_word(const Anchors& a, const Quantity& q) {
  for (const WordPlace& w : a.places) {
    const std::size_t at = w.start, end = at + w.length;
    if (at >= q.start) return false;
    if (end > q.start && w.length >= 3 * 3) return true;  // 3 bytes a Han character
  }
  return false;
}

std::vector<Quantity> zh_quantities(const CheckInput& in, const std::vector<std::size_t>& units) {
  std::vector<Quantity> out;
  for (std::size_t u : units) {
    for (const Quantity& q : in.zh.features[u].numbers) {
      if (!inside_word(in.alignment.anchors.zh[u], q)) out.push_back(q);
    }
  }
  return out;
}

bool vague(const Quantity& q) { return q.unit == kMagnitude; }

double order_of(double v) {
  double m = 1;
  while (m * 10 <= v) m *= 10;
  return m;
}

// A decade named by its last digits (90年代, the '90s) is the decade of a year (the 1990s).
bool decade_of(const Quantity& decade, const Quantity& year) {
  return decade.value < 100 && std::fmod(decade.value, 10) == 0 && year.value >= 1000 &&
         year.value < 2100 && std::fmod(year.value, 100) == decade.value;
}

// An ordinal century (19世纪) holds the years it names (the 1800s).
bool century_of(const Quantity& century, const Quantity& year) {
  return century.unit == "century" && year.unit.empty() &&
         year.value >= (century.value - 1) * 100 && year.value < century.value * 100;
}

// Two measures converted between systems (5.5米, 18 feet) agree within their tolerance.
bool close(const Quantity& a, const Quantity& b) {
  const double tolerance = std::max(a.tolerance, b.tolerance);
  return tolerance > 0 && a.unit == b.unit &&
         std::abs(a.value - b.value) <= tolerance * std::max(std::abs(a.value), std::abs(b.value));
}

// Equal up to rounding (six months = half a year, through twelfths).
bool equal(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), 1.0); }

// An order of magnitude agrees with a plain number of that order (数千 = 2,000).
bool same(const Quantity& a, const Quantity& b) {
  if (decade_of(a, b) || decade_of(b, a) || century_of(a, b) || century_of(b, a)) return true;
  if (close(a, b)) return true;
  if (vague(a) != vague(b)) {
    const Quantity& exact = vague(a) ? b : a;
    return exact.unit.empty() && order_of(exact.value) == (vague(a) ? a : b).value;
  }
  return equal(a.value, b.value) && (a.unit == b.unit || a.unit.empty() || b.unit.empty());
}

// A vague quantity left on one side only says little: the other side may word it in a way we
// do not read (成千上万, a great many). Two vague quantities that differ do disagree.
void drop_lone_magnitudes(std::vector<Quantity>& zh, std::vector<Quantity>& en) {
  const bool both =
      std::any_of(zh.begin(), zh.end(), vague) && std::any_of(en.begin(), en.end(), vague);
  if (both) return;
  std::erase_if(zh, vague);
  std::erase_if(en, vague);
}

// One (一年, a year) is mostly an article, and a bare two (这两个, both) mostly a pointer at
// things just named: what is left of them after cancelling says nothing.
void drop_articles(std::vector<Quantity>& side) {
  std::erase_if(side, [](const Quantity& q) {
    return !vague(q) && (q.one || q.value == 1 || (q.value == 2 && q.unit.empty()));
  });
}

// Removes the quantities both sides share; what remains differs.
void cancel(std::vector<Quantity>& zh, std::vector<Quantity>& en) {
  for (auto z = zh.begin(); z != zh.end();) {
    const auto e =
        std::find_if(en.begin(), en.end(), [&z](const Quantity& q) { return same(*z, q); });
    if (e == en.end()) {
      ++z;
      continue;
    }
    en.erase(e);
    z = zh.erase(z);
  }
}

std::string listed(const std::vector<Quantity>& items) {
  if (items.empty()) return "none";
  std::string s;
  for (const Quantity& q : items) {
    char buf[64];
    if (vague(q)) {
      std::snprintf(buf, sizeof buf, "some %gs", q.value);
    } else {
      std::snprintf(buf, sizeof buf, "%g%s%s", q.value, q.unit.empty() ? "" : " ", q.unit.c_str());
    }
    s += (s.empty() ? "" : ", ") + std::string(buf);
  }
  return s;
}

}  // namespace

void number(const CheckInput& in, std::vector<Finding>& out) {
  for (const Link* l : in.two_sided()) {
    if (wrong_script(in, *l)) continue;
    auto zh = zh_quantities(in, l->zh), en = quantities(in.en, l->en);
    cancel(zh, en);
    drop_lone_magnitudes(zh, en);
    drop_articles(zh);
    drop_articles(en);
    if (zh.empty() && en.empty()) continue;
    Finding f{"number", Severity::kError, "", l->zh, l->en};
    f.case_name = zh.empty() || en.empty() ? "one-sided" : "differs";
    f.message = "numbers differ: Chinese has " + listed(zh) + " where English has " + listed(en);
    out.push_back(std::move(f));
  }
}

}  // namespace argmap::checks
