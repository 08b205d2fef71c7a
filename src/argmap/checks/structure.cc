// Structure: sections missing, added or reordered, section numbers that skip, and lists —
// different lengths, or a list in one version rendered as prose in the other.
#include <algorithm>
#include <set>
#include <unordered_set>

#include "argmap/checks/rules.h"
#include "argmap/ids.h"

namespace argmap::checks {
namespace {

std::string section_name(const VersionAnalysis& v, std::size_t s) {
  if (const std::optional<std::size_t> heading = heading_unit(v, s))
    return quote(v.units[*heading].text, 30);
  return section_id(v.structure, s);
}

// A numbered section whose predecessor number no section has (一 二 四: 三 is skipped). A
// reordering (I II IV III) skips nothing; the reordering is reported on its own.
void skipped_numbers(const VersionAnalysis& v, std::vector<Finding>& out) {
  std::set<long long> numbers;
  for (const Section& sec : v.structure.sections) {
    if (sec.kind == SectionKind::kNumbered) numbers.insert(*sec.number);
  }
  for (std::size_t s = 0; s < v.structure.sections.size(); ++s) {
    const Section& sec = v.structure.sections[s];
    if (sec.kind != SectionKind::kNumbered || *sec.number <= 1 || numbers.count(*sec.number - 1))
      continue;
    Finding f{"structure", Severity::kWarning, "", {}, {}};
    f.message = "section numbers skip: no section " + std::to_string(*sec.number - 1) +
                " before section " + std::to_string(*sec.number);
    side(f, v.lang) = v.index.section_units.copy_of(s);
    out.push_back(std::move(f));
  }
}

// The list a unit is an item of, or -1.
long list_of(const VersionAnalysis& v, std::size_t u) {
  const Block& b = v.structure.blocks[v.units[u].block];
  return b.kind == BlockKind::kListItem && b.list ? static_cast<long>(*b.list) : -1;
}

// Item units of every list of a version, in one pass.
std::vector<std::vector<std::size_t>> list_items(const VersionAnalysis& v) {
  std::vector<std::vector<std::size_t>> out(v.structure.lists.size());
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    if (const long l = list_of(v, u); l >= 0) out[static_cast<std::size_t>(l)].push_back(u);
  }
  return out;
}

// One list of `lang` against the units its items are aligned to.
void compare_list(const CheckInput& in, Lang lang, const std::vector<std::size_t>& mine,
                  const std::vector<std::vector<std::size_t>>& other_lists,
                  std::vector<Finding>& out) {
  const VersionAnalysis& other = in.version(argmap::other(lang));
  std::vector<std::size_t> theirs;
  std::unordered_set<std::size_t> seen;  // a set, not a search of theirs: lists can be long
  std::set<long> their_lists;
  for (std::size_t u : mine) {
    const Link& link = in.link(lang, u);
    for (std::size_t t : side(link, argmap::other(lang))) {
      if (seen.insert(t).second) theirs.push_back(t);
      their_lists.insert(list_of(other, t));
    }
  }
  if (theirs.empty()) return;
  Finding f{"enumeration", Severity::kInfo, "", {}, {}};
  if (their_lists == std::set<long>{-1}) {
    f.message = "a " + std::to_string(mine.size()) + "-item list in " +
                std::string(lang_name(lang)) + " is rendered as running text in " +
                std::string(lang_name(argmap::other(lang)));
  } else {
    const long l = *std::max_element(their_lists.begin(), their_lists.end());
    theirs = other_lists[static_cast<std::size_t>(l)];
    if (lang == Lang::kEn || theirs.size() == mine.size()) return;  // lengths: once, from Chinese
    f.severity = Severity::kWarning;
    f.message = "the list has " + std::to_string(mine.size()) + " items in Chinese and " +
                std::to_string(theirs.size()) + " in English";
  }
  side(f, lang) = mine;
  side(f, argmap::other(lang)) = theirs;
  out.push_back(std::move(f));
}

// Walking the Chinese order, an English section that comes before one already passed moved.
void reordered(const CheckInput& in, std::vector<Finding>& out) {
  std::optional<std::size_t> furthest;
  for (const SectionLink& s : in.alignment.sections) {
    if (!s.zh || !s.en) continue;
    if (!furthest || *s.en > *furthest) {
      furthest = s.en;
      continue;
    }
    Finding f{"structure", Severity::kWarning, "", in.zh.index.section_units.copy_of(*s.zh),
              in.en.index.section_units.copy_of(*s.en)};
    f.message = "section " + section_name(in.en, *s.en) +
                " comes earlier in the English version than in the Chinese";
    out.push_back(std::move(f));
  }
}

// Paired numbered sections whose headings carry different numbers (三 against IV), in one
// finding: a renumbering shifts every section after it.
void numbers_disagree(const CheckInput& in, std::vector<Finding>& out) {
  Finding f{"structure", Severity::kWarning, "heading numbers disagree:", {}, {}};
  for (const SectionLink& s : in.alignment.sections) {
    if (!s.zh || !s.en) continue;
    const Section &z = in.zh.structure.sections[*s.zh], &e = in.en.structure.sections[*s.en];
    if (!z.number || !e.number || *z.number == *e.number) continue;
    if (const auto u = heading_unit(in.zh, *s.zh)) f.zh.push_back(*u);
    if (const auto u = heading_unit(in.en, *s.en)) f.en.push_back(*u);
    f.message += std::string(f.zh.size() + f.en.size() > 2 ? "," : "") + " section " +
                 std::to_string(*z.number) + " in Chinese is " + std::to_string(*e.number) +
                 " in English";
  }
  if (!f.zh.empty() || !f.en.empty()) out.push_back(std::move(f));
}

}  // namespace

void sections(const CheckInput& in, std::vector<Finding>& out) {
  for (const SectionLink& s : in.alignment.sections) {
    if (s.zh && s.en) continue;
    Finding f{"structure", s.zh ? Severity::kError : Severity::kWarning, "", {}, {}};
    if (s.zh) {
      f.zh = in.zh.index.section_units.copy_of(*s.zh);
      f.message = "section " + section_name(in.zh, *s.zh) + " is missing from the English version";
    } else {
      f.en = in.en.index.section_units.copy_of(*s.en);
      f.message =
          "section " + section_name(in.en, *s.en) + " has no counterpart in the Chinese version";
    }
    out.push_back(std::move(f));
  }
  if (in.alignment.sections_reordered) reordered(in, out);
  numbers_disagree(in, out);
  skipped_numbers(in.zh, out);
  skipped_numbers(in.en, out);
}

// Each list of either version, compared with what its items are aligned to.
void enumeration(const CheckInput& in, std::vector<Finding>& out) {
  const auto zh = list_items(in.zh), en = list_items(in.en);
  for (const auto& mine : zh) compare_list(in, Lang::kZh, mine, en, out);
  for (const auto& mine : en) compare_list(in, Lang::kEn, mine, zh, out);
}

}  // namespace argmap::checks
