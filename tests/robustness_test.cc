// Robustness: essays cut and spliced at random from the corpus, with Markdown, numbering,
// markers, line ends and stray bytes thrown in, go through every stage and every writer
// without crashing; the pipeline either succeeds or says why with exit 65. Seeded, so a
// failure reproduces. (Run under a sanitizer build to catch silent memory errors too.)
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "argmap/analysis.h"
#include "argmap/export/aif.h"
#include "argmap/export/argdown.h"
#include "argmap/export/dot.h"
#include "argmap/export/html.h"
#include "argmap/export/json.h"
#include "argmap/export/md.h"
#include "argmap/export/outline.h"
#include "argmap/export/review.h"
#include "argmap/export/sarif.h"
#include "argmap/export/tmx.h"
#include "argmap/export/xliff.h"
#include "tests/testing.h"

namespace {

const std::vector<std::string> kPieces = {"\n",
                                          "\n\n",
                                          "# ",
                                          "## ",
                                          "- ",
                                          "1. ",
                                          "> ",
                                          "**",
                                          "*",
                                          "`",
                                          "《",
                                          "》",
                                          "：",
                                          ":",
                                          "，",
                                          "。",
                                          ". ",
                                          "?",
                                          "？",
                                          "一、",
                                          "I. ",
                                          "中文版\n",
                                          "English Version\n",
                                          "\r\n",
                                          "\t",
                                          " ",
                                          "“",
                                          "”",
                                          "→",
                                          "—",
                                          "十",
                                          "2024",
                                          "AGI",
                                          "但",
                                          "however",
                                          "not",
                                          "不",
                                          "虽然",
                                          "although",
                                          "therefore",
                                          "因此"};

std::string corpus_text(std::mt19937& rng) {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (const auto& essay : argmap::testing::kEssays) {
      for (const std::string& f : essay.files)
        out.push_back(argmap::testing::read_file(argmap::testing::corpus(f)));
    }
    return out;
  }();
  return texts[rng() % texts.size()];
}

// The first UTF-8 character boundary at or after i.
std::size_t boundary(const std::string& text, std::size_t i) {
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i;
}

// Pieces of corpus text (one in twenty cut inside a character) and markup.
std::string spliced(std::mt19937& rng) {
  std::string out;
  const int parts = 1 + static_cast<int>(rng() % 30);
  for (int i = 0; i < parts; ++i) {
    if (rng() % 2) {
      const std::string text = corpus_text(rng);
      std::size_t at = rng() % text.size(), end = std::min(text.size(), at + 1 + rng() % 400);
      if (rng() % 20 != 0) at = boundary(text, at), end = boundary(text, end);  // mostly whole
      out += text.substr(at, end - at);
    } else {
      const std::string& piece = kPieces[rng() % kPieces.size()];
      for (std::size_t k = 1 + rng() % 4; k > 0; --k) out += piece;
    }
  }
  return out;
}

void write_everything(const argmap::Analysis& a) {
  const std::vector<std::string> outputs = {
      argmap::write_json(a),  argmap::write_outline(a, true), argmap::write_review(a, false),
      argmap::write_sarif(a), argmap::write_aif(a),           argmap::write_argdown(a),
      argmap::write_md(a),    argmap::write_dot(a),           argmap::write_html(a),
      argmap::write_tmx(a),   argmap::write_xliff(a)};
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    INFO("writer " << i);
    CHECK_FALSE(outputs[i].empty());
  }
}

}  // namespace

TEST_CASE("robustness: spliced essays pass every stage and writer or fail with exit 65",
          "[robustness]") {
  std::mt19937 rng(20261129);
  int analysed = 0;
  for (int i = 0; i < 150; ++i) {
    const std::string text = spliced(rng);
    INFO("case " << i);
    std::vector<argmap::Input> inputs;
    auto input = argmap::make_input("spliced.txt", text);
    if (!input) {
      CHECK(input.error().code == argmap::ExitCode::kDataError);
      continue;
    }
    inputs.push_back(std::move(*input));
    argmap::AnalyseOptions o;
    o.align = o.check = true;
    o.split.need_both = false;
    auto a = argmap::analyse(std::move(inputs), o, argmap::testing::lexicons());
    if (!a) {
      CHECK(a.error().code == argmap::ExitCode::kDataError);
      continue;
    }
    ++analysed;
    write_everything(a.value());
  }
  INFO(analysed << " of 150 analysed");
  CHECK(analysed > 100);  // most spliced texts are usable essays
}
