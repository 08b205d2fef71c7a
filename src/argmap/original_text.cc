#include "argmap/original_text.h"

#include <string>
#include <string_view>

#include "argmap/text.h"

namespace argmap {
namespace {

// The unit's text as analysed (Simplified) and as written (the original characters).
struct TextPair {
  std::string analysed;
  std::string original;
};

// Block text back through its TextMap: each copied non-ASCII character is read from the
// original input at the offset it was copied from.
std::string restored_block(const Block& b, std::string_view analysed, std::string_view original) {
  if (b.text.empty()) return b.text;
  // Most blocks hold no Traditional character: their bytes are the same in both.
  const std::size_t from = b.map.start_of(0), to = b.map.end_of(b.text.size(), original);
  if (from <= to && analysed.substr(from, to - from) == original.substr(from, to - from))
    return b.text;
  std::string out = b.text;
  for (std::size_t t = 0; t < out.size();) {
    const std::size_t start = t;
    decode_utf8(out, t);
    if (t - start == 1) continue;
    const std::size_t o = b.map.start_of(start);
    if (o + (t - start) <= analysed.size() &&
        analysed.compare(o, t - start, out, start, t - start) == 0)
      out.replace(start, t - start, original.substr(o, t - start));
  }
  return out;
}

// Unit text back by walking its span: each non-ASCII character of the text is the next equal
// character of the analysed span, and the original span has the user's character there.
std::string restored_unit(const Unit& u, std::string_view analysed, std::string_view original) {
  if (analysed.substr(u.start, u.end - u.start) == original.substr(u.start, u.end - u.start))
    return u.text;  // no Traditional character in the span
  std::string out = u.text;
  std::size_t p = u.start;
  for (std::size_t t = 0; t < out.size();) {
    const std::size_t start = t;
    decode_utf8(out, t);
    const std::size_t len = t - start;
    if (len == 1) continue;
    const std::size_t at = analysed.substr(0, u.end).find(out.substr(start, len), p);
    if (at == std::string_view::npos) continue;
    out.replace(start, len, original.substr(at, len));
    p = at + len;
  }
  return out;
}

// s with each run of non-ASCII bytes that occurs in one of the texts' analysed forms replaced
// by the original characters at the same place.
std::string restored_words(std::string s, const std::vector<const TextPair*>& texts) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && static_cast<unsigned char>(s[end]) >= 0x80) ++end;
    const std::string run = s.substr(i, end - i);
    for (const TextPair* t : texts) {
      const std::size_t at = t->analysed.find(run);
      if (at == std::string::npos) continue;
      s.replace(i, run.size(), t->original.substr(at, run.size()));
      break;
    }
    i = end;
  }
  return s;
}

// A form found at `start` in the unit text: the original characters there.
void restore_at(std::string& form, std::size_t start, const TextPair& t) {
  if (t.analysed.compare(start, form.size(), form) == 0)
    form = t.original.substr(start, form.size());
}

void restore_features(Features& f, const TextPair& t) {
  for (ConnectiveUse& c : f.connectives) restore_at(c.form, c.start, t);
  for (auto* cues : {&f.negation, &f.hedges, &f.claim_cues, &f.view_cues})
    for (Cue& c : *cues) restore_at(c.form, c.start, t);
  for (PairedUse& p : f.paired) {
    p.first = restored_words(p.first, {&t});
    p.second = restored_words(p.second, {&t});
  }
  for (std::string& q : f.quotes) q = restored_words(q, {&t});
}

std::vector<TextPair> restore_version(VersionAnalysis& v, const Document& analysed,
                                      const std::vector<Input>& originals) {
  for (Block& b : v.structure.blocks)
    b.text = restored_block(b, analysed.inputs[b.input].bytes, originals[b.input].bytes);
  std::vector<TextPair> texts;
  for (Unit& u : v.units) {
    std::string original =
        restored_unit(u, analysed.inputs[u.input].bytes, originals[u.input].bytes);
    texts.push_back({u.text, original});
    u.text = std::move(original);
  }
  for (std::size_t i = 0; i < v.units.size(); ++i) restore_features(v.features[i], texts[i]);
  for (Relation& r : v.graph.relations)
    r.marker = restored_words(r.marker, {&texts[r.from], &texts[r.to]});
  return texts;
}

// The texts of the units a finding names, Chinese first.
std::vector<const TextPair*> finding_texts(const Finding& f, const std::vector<TextPair>* zh,
                                           const std::vector<TextPair>* en) {
  std::vector<const TextPair*> out;
  for (std::size_t u : f.zh)
    if (zh && u < zh->size()) out.push_back(&(*zh)[u]);
  for (std::size_t u : f.en)
    if (en && u < en->size()) out.push_back(&(*en)[u]);
  return out;
}

}  // namespace

void restore_original_text(Document& doc, std::vector<VersionAnalysis>& versions,
                           std::vector<Finding>& findings, std::vector<Input> originals) {
  ByLang<std::vector<TextPair>> texts;
  for (VersionAnalysis& v : versions) texts[v.lang] = restore_version(v, doc, originals);
  for (Finding& f : findings)
    f.message = restored_words(f.message, finding_texts(f, &texts.zh, &texts.en));
  doc.inputs = std::move(originals);
}

}  // namespace argmap
