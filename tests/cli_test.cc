// End to end: runs the real argmap executable (fork + execv, no shell) on inputs written into a
// fresh temporary directory, and pins exit codes, the one-line error message (file, line:column,
// byte offset), that a failed run leaves no output file behind, and the JSON of good runs.
// Exit codes and message format: ../shared/design.md, "Command line".
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "argmap/export/formats.h"
#include "argmap/sha256.h"
#include "tests/cli_runner.h"

using argmap::testing::read_whole_file;
using argmap::testing::run_argmap;
using argmap::testing::RunOptions;
using argmap::testing::RunResult;
using argmap::testing::TempDir;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using nlohmann::json;

namespace {

// A minimal bilingual essay. Byte layout (all offsets 0-based):
//   line 1  "中文版\n"                 bytes   0..9
//   line 2  "\n"                      byte   10
//   line 3  kZh (23 Han/punct, 69 B)  bytes  11..79, "\n" at 80
//   line 4  "\n"                      byte   81
//   line 5  "English Version\n"       bytes  82..97
//   line 6  "\n"                      byte   98
//   line 7  kEn (71 chars)            bytes  99..169, "\n" at 170      (171 bytes in all)
const std::string kZh = "人工智能的发展依赖算力。但是算力并不等于智能。";
const std::string kEn = "The progress of AI depends on compute. But compute is not intelligence.";
const std::string kHead = "中文版\n\n";
const std::string kMiddle = "\n\nEnglish Version\n\n";
const std::string kEssay = kHead + kZh + kMiddle + kEn + "\n";

const std::string kSeed = std::string(ARGMAP_SOURCE_DIR) + "/corpus/scaling-compute-agi.zh-en.txt";

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

std::size_t count_of(const std::string& s, char c) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), c));
}

// Pins a failed run: its exit code, nothing on standard output, and exactly one line on standard
// error that starts with "argmap: " (once) and contains every one of parts.
void expect_error(const RunResult& r, int code, const std::vector<std::string>& parts) {
  INFO("stderr: [" << r.err << "]");
  INFO("stdout (first 300 bytes): [" << r.out.substr(0, 300) << "]");
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  CHECK(r.exit_code == code);
  CHECK(r.out.empty());
  CHECK(count_of(r.err, '\n') == 1);
  CHECK((!r.err.empty() && r.err.back() == '\n'));
  CHECK_THAT(r.err, StartsWith("argmap: "));
  CHECK_FALSE(starts_with(r.err, "argmap: argmap:"));  // the program name once, not twice
  for (const std::string& part : parts) CHECK_THAT(r.err, Contains(part));
}

// Runs argmap with args + "-o DIR/out.json" and requires that the run created no file at all in
// the directory (neither out.json nor a temporary beside it).
RunResult run_rejected(const TempDir& dir, std::vector<std::string> args, RunOptions options = {}) {
  const auto before = dir.listing();
  args.push_back("-o");
  args.push_back(dir.file("out.json"));
  RunResult r = run_argmap(args, options);
  const auto after = dir.listing();
  INFO("stderr: [" << r.err << "]");
  CHECK_FALSE(std::filesystem::exists(dir.file("out.json")));
  CHECK(after == before);
  return r;
}

// With ARGMAP_BAD_INPUTS=DIR set (make fuzz does), each rejected input of the catalogue is also
// kept in DIR, named by its hash, as a seed for the fuzz targets.
void keep_as_fuzz_seed(const std::string& bytes) {
  const char* dir = std::getenv("ARGMAP_BAD_INPUTS");
  if (dir == nullptr || *dir == '\0') return;
  std::ofstream(std::filesystem::path(dir) / argmap::sha256_hex(bytes), std::ios::binary) << bytes;
}

// Writes bytes as DIR/name, runs `argmap parse` on it with -o, and pins the error.
void expect_rejected_file(const std::string& bytes, int code, const std::string& what,
                          const std::string& position, std::optional<std::size_t> offset) {
  keep_as_fuzz_seed(bytes);
  TempDir dir;
  const std::string path = dir.write("input.txt", bytes);
  const RunResult r = run_rejected(dir, {"parse", path});
  std::vector<std::string> parts = {"argmap: " + path, what};
  if (!position.empty()) parts.push_back("argmap: " + path + ":" + position + ": ");
  if (offset) parts.push_back("(byte " + std::to_string(*offset) + ")");
  expect_error(r, code, parts);
}

json parse_json(const RunResult& r) {
  INFO("stderr: [" << r.err << "]");
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  REQUIRE(r.exit_code == 0);
  json j = json::parse(r.out, nullptr, /*allow_exceptions=*/false);
  REQUIRE_FALSE(j.is_discarded());
  REQUIRE(j.is_object());
  REQUIRE(j.contains("versions"));
  return j;
}

// Texts of the units of one version.
std::vector<std::string> unit_texts(const json& j, const std::string& lang) {
  std::vector<std::string> out;
  for (const json& u : j.at("versions").at(lang).at("units")) out.push_back(u.at("text"));
  return out;
}

// A string literal with its embedded NUL bytes (without the terminating one).
template <std::size_t N>
std::string literal(const char (&s)[N]) {
  return std::string(s, N - 1);
}

// A fixed pseudo-random byte sequence (a linear congruential generator), the same on every run.
std::string fixed_noise(std::size_t n, std::uint32_t seed) {
  std::string out;
  std::uint32_t x = seed;
  for (std::size_t i = 0; i < n; ++i) {
    x = x * 1664525u + 1013904223u;
    out.push_back(static_cast<char>(x >> 24));
  }
  return out;
}

}  // namespace

TEST_CASE("cli: the test essay has the byte layout the offsets below assume", "[cli]") {
  REQUIRE(kHead.size() == 11);
  REQUIRE(kZh.size() == 69);
  REQUIRE(kEn.size() == 71);
  REQUIRE(kEssay.size() == 171);
  REQUIRE((kHead + kZh + kMiddle).size() == 99);
  // And it is a valid essay: without the damage the tests add, parse succeeds.
  TempDir dir;
  const json j = parse_json(run_argmap({"parse", dir.write("essay.txt", kEssay)}));
  CHECK(j["versions"].contains("zh"));
  CHECK(j["versions"].contains("en"));
}

TEST_CASE("cli: every text output is whole, whatever holds the analysis behind it", "[cli]") {
  // The text renderings are made before the analysis behind them is handed on to be kept.
  TempDir dir;
  const std::string essay = dir.write("essay.txt", kEssay);
  const std::string first = "人工智能的发展依赖算力。";
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"parse", essay, "--explain"}, "role: "},
      {{"parse", essay, "--format", "text"}, first},
      {{"check", essay, "--fail-on", "never"}, "0 errors"},
      {{"check", essay, "--fail-on", "never", "--format", "sarif"}, "\"runs\""},
      {{"export", essay, "--to", "md"}, first},
      {{"export", essay, "--to", "argdown"}, first}};
  for (const auto& [args, expected] : cases) {
    const RunResult r = run_argmap(args);
    INFO(args[0] << " " << args[2] << " stderr: [" << r.err << "]");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(expected) != std::string::npos);
  }
}

// --- Bad input: not usable text (65) ---------------------------------------------------------

TEST_CASE("invalid UTF-8 at the start (0xFF first) is rejected with exit 65 at byte 0, 1:1",
          "[cli]") {
  expect_rejected_file("\xFF" + kEssay, 65, "UTF-8", "1:1", 0);
}

TEST_CASE(
    "invalid UTF-8 in the middle of a bilingual essay is rejected with exit 65, byte 32, "
    "line 3 column 8 (columns in code points)",
    "[cli]") {
  const std::string before = kHead + "人工智能的发展";  // 11 + 7 * 3 bytes
  REQUIRE(before.size() == 32);
  const std::string bytes = before + "\xFF" + kEssay.substr(before.size());
  expect_rejected_file(bytes, 65, "UTF-8", "3:8", 32);
}

TEST_CASE("invalid UTF-8 as the very last byte is rejected with exit 65, byte 170, 7:72", "[cli]") {
  const std::string bytes = kEssay.substr(0, kEssay.size() - 1) + "\xFF";  // replaces the final LF
  REQUIRE(bytes.size() == 171);
  expect_rejected_file(bytes, 65, "UTF-8", "7:72", 170);
}

TEST_CASE(
    "a multi-byte sequence truncated at end of file (中 without its last byte) is rejected "
    "with exit 65 at the sequence's first byte, 177, 8:3",
    "[cli]") {
  const std::string zhong = "中";
  REQUIRE(zhong == "\xE4\xB8\xAD");
  const std::string bytes = kEssay + "结论" + zhong.substr(0, 2);
  REQUIRE(bytes.size() == 171 + 6 + 2);
  expect_rejected_file(bytes, 65, "UTF-8", "8:3", 177);
}

TEST_CASE("an overlong encoding (0xC0 0xAF for '/') is rejected with exit 65, byte 117, 7:19",
          "[cli]") {
  const std::string before = kHead + kZh + kMiddle + "The progress of AI";
  REQUIRE(before.size() == 117);
  const std::string bytes = before + "\xC0\xAF" + kEssay.substr(before.size());
  expect_rejected_file(bytes, 65, "UTF-8", "7:19", 117);
}

TEST_CASE("an encoded UTF-16 surrogate (0xED 0xA0 0x80) is rejected with exit 65, byte 11, 3:1",
          "[cli]") {
  const std::string bytes = kHead + "\xED\xA0\x80" + kEssay.substr(kHead.size());
  expect_rejected_file(bytes, 65, "UTF-8", "3:1", 11);
}

TEST_CASE(
    "a code point above U+10FFFF (0xF4 0x90 0x80 0x80) is rejected with exit 65, byte 99, "
    "7:1",
    "[cli]") {
  const std::string bytes = kHead + kZh + kMiddle + "\xF4\x90\x80\x80" + kEn + "\n";
  expect_rejected_file(bytes, 65, "UTF-8", "7:1", 99);
}

TEST_CASE("a lone continuation byte after a Han character is rejected with exit 65, byte 14, 3:2",
          "[cli]") {
  const std::string bytes = kHead + "人" + std::string("\x80") + kEssay.substr(kHead.size() + 3);
  expect_rejected_file(bytes, 65, "UTF-8", "3:2", 14);
}

TEST_CASE("with CRLF line ends, invalid UTF-8 is located on the right line: exit 65, byte 25, 3:5",
          "[cli]") {
  const std::string before = "中文版\r\n\r\n人工智能";
  REQUIRE(before.size() == 25);
  const std::string bytes =
      before + "\xFF" + "的发展依赖算力。\r\n\r\nEnglish Version\r\n\r\n" + kEn + "\r\n";
  expect_rejected_file(bytes, 65, "UTF-8", "3:5", 25);
}

TEST_CASE("a NUL byte inside the text is rejected with exit 65 naming NUL, byte 23, 3:5", "[cli]") {
  const std::string before = kHead + "人工智能";
  REQUIRE(before.size() == 23);
  std::string bytes = before;
  bytes.push_back('\0');
  bytes += kEssay.substr(before.size());
  expect_rejected_file(bytes, 65, "NUL", "3:5", 23);
}

TEST_CASE("a control byte (ESC) inside the English text is rejected with exit 65, byte 103, 7:5",
          "[cli]") {
  const std::string before = kHead + kZh + kMiddle + "The ";
  REQUIRE(before.size() == 103);
  const std::string bytes = before + "\x1B" + kEssay.substr(before.size());
  expect_rejected_file(bytes, 65, "control", "7:5", 103);
}

TEST_CASE("an empty file is rejected with exit 65 naming the file", "[cli]") {
  expect_rejected_file("", 65, "empty", "", std::nullopt);
}

TEST_CASE("a file of white space only is rejected with exit 65 naming the file", "[cli]") {
  TempDir dir;
  const std::string path = dir.write("input.txt", "  \n\t\n\r\n   \n");
  const RunResult r = run_rejected(dir, {"parse", path});
  expect_error(r, 65, {"argmap: " + path + ": "});
  const bool says_white_space = r.err.find("white space") != std::string::npos ||
                                r.err.find("whitespace") != std::string::npos;
  CHECK(says_white_space);
}

TEST_CASE(
    "parse with two inputs that are both Chinese is rejected with exit 65 'both inputs are "
    "Chinese'",
    "[cli]") {
  TempDir dir;
  const std::string a = dir.write("a.zh.txt", kZh + "\n\n系统变得更快、更准。\n");
  const std::string b = dir.write("b.zh.txt", "性能增长，并不等于智能生成。\n");
  const RunResult r = run_rejected(dir, {"parse", a, b});
  expect_error(r, 65, {"both inputs are Chinese"});
  const bool names_a_file = r.err.find("argmap: " + a) != std::string::npos ||
                            r.err.find("argmap: " + b) != std::string::npos;
  CHECK(names_a_file);
}

TEST_CASE(
    "a file of digits, punctuation and markup only is rejected with exit 65 'no Chinese or "
    "English text found'",
    "[cli]") {
  TempDir dir;
  const std::string path = dir.write("marks.txt", "2024 — 2025\n\n# \n\n- **\n");
  const RunResult r = run_rejected(dir, {"parse", path});
  expect_error(r, 65, {"argmap: " + path + ": ", "no Chinese or English text found"});
}

TEST_CASE("parse of one Chinese-only file succeeds (exit 0) with only a zh version", "[cli]") {
  TempDir dir;
  const std::string path = dir.write("only.zh.txt", kZh + "\n\n系统变得更快、更准。\n");
  const RunResult r = run_argmap({"parse", path});
  CHECK(r.err.empty());
  const json j = parse_json(r);
  CHECK(j["versions"].size() == 1);
  REQUIRE(j["versions"].contains("zh"));
  CHECK_FALSE(j["versions"].contains("en"));
  CHECK(unit_texts(j, "zh") == std::vector<std::string>{"人工智能的发展依赖算力。",
                                                        "但是算力并不等于智能。",
                                                        "系统变得更快、更准。"});
}

TEST_CASE("a binary file (PNG header and fixed noise) is rejected with exit 65 at byte 0, 1:1",
          "[cli]") {
  // Signature, then the IHDR chunk of a 256 x 1 RGBA image, then noise.
  std::string png = literal("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR\0\0\x01\0\0\0\0\x01\x08\x06\0\0\0");
  REQUIRE(png.size() == 29);
  png += fixed_noise(400, 20240611u);
  expect_rejected_file(png, 65, "UTF-8", "1:1", 0);
}

TEST_CASE(
    "a binary file that starts as valid ASCII (ELF header) is rejected with exit 65 at its "
    "first control byte, byte 4, 1:5",
    "[cli]") {
  std::string elf = literal(
      "\x7F"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0");
  REQUIRE(elf.size() == 20);
  elf += std::string(200, '\0');
  expect_rejected_file(elf, 65, "control", "1:5", 4);
}

// --- Bad input: cannot be opened (66) ----------------------------------------------------------

TEST_CASE("a directory as input is rejected with exit 66 naming it", "[cli]") {
  TempDir dir;
  const std::string path = dir.file("essay.d");
  std::filesystem::create_directory(path);
  const RunResult r = run_rejected(dir, {"parse", path});
  expect_error(r, 66, {"argmap: " + path + ": ", "directory"});
}

TEST_CASE("a missing input file is rejected with exit 66 naming its path", "[cli]") {
  TempDir dir;
  const std::string path = dir.file("no-such-essay.txt");
  const RunResult r = run_rejected(dir, {"parse", path});
  expect_error(r, 66, {"argmap: " + path + ": ", "No such file"});
}

TEST_CASE("an unreadable input file (mode 000) is rejected with exit 66 naming its path", "[cli]") {
  TempDir dir;
  const std::string path = dir.write("secret.txt", kEssay);
  REQUIRE(::chmod(path.c_str(), 0) == 0);
  RunOptions options;
  if (::geteuid() == 0) {
    // Root reads any file: run as nobody, from a copy of the binary nobody can execute.
    REQUIRE(::chmod(dir.path().c_str(), 0755) == 0);
    options.program = dir.file("argmap");
    std::filesystem::copy_file(ARGMAP_BINARY, options.program);
    REQUIRE(::chmod(options.program.c_str(), 0755) == 0);
    options.as_user = std::make_pair(static_cast<uid_t>(65534), static_cast<gid_t>(65534));
  }
  const RunResult r = run_rejected(dir, {"parse", path}, options);
  expect_error(r, 66, {"argmap: " + path + ": ", "Permission denied"});
}

// --- Hard but valid input ----------------------------------------------------------------------

TEST_CASE(
    "a 1 MB single line of mixed Chinese and English sentences is one paragraph of one "
    "version: exit 0 and every sentence a unit",
    "[cli]") {
  // A paragraph is never split between versions: a stray sentence in the other script stays where
  // it stands. So one line gives one version holding all of its sentences.
  const std::string pair =
      "人工智能的发展依赖算力，但是算力并不等于智能。"
      "The progress of AI depends on compute, but compute is not intelligence. ";
  std::string line;
  std::size_t pairs = 0;
  for (; line.size() < (1u << 20); ++pairs) line += pair;
  REQUIRE(line.find('\n') == std::string::npos);
  TempDir dir;
  const std::string path = dir.write("one-line.txt", line);
  const RunResult r = run_argmap({"parse", path});
  const json j = parse_json(r);
  REQUIRE(j["versions"].size() == 1);
  const std::string lang = j["versions"].begin().key();
  CHECK(unit_texts(j, lang).size() == 2 * pairs);
}

TEST_CASE("10 000 nested block-quote levels parse with --lang en: exit 0, no crash, valid JSON",
          "[cli]") {
  TempDir dir;
  const std::string path =
      dir.write("quotes.txt", std::string(10000, '>') + " Deep quoted text.\n");
  const RunResult r = run_argmap({"parse", "--lang", "en", path});
  const json j = parse_json(r);
  REQUIRE(j["versions"].contains("en"));
  const auto texts = unit_texts(j, "en");
  CHECK(std::any_of(texts.begin(), texts.end(), [](const std::string& t) {
    return t.find("Deep quoted text.") != std::string::npos;
  }));
}

TEST_CASE("10 000 nested list levels parse with --lang en: exit 0, no crash, valid JSON", "[cli]") {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "- ";
  const std::string path = dir.write("lists.txt", text + "Deep list text.\n");
  const RunResult r = run_argmap({"parse", "--lang", "en", path});
  const json j = parse_json(r);
  REQUIRE(j["versions"].contains("en"));
  const auto texts = unit_texts(j, "en");
  CHECK(std::any_of(texts.begin(), texts.end(), [](const std::string& t) {
    return t.find("Deep list text.") != std::string::npos;
  }));
}

namespace {

const std::string kMixedZh =
    "人工智能的发展依赖算力。正如一位研究者所说：Scaling is all you need. 但是算力并不等于智能。";
const std::string kMixedEn =
    "The progress of AI depends on compute. As one researcher put it, more compute is all it "
    "takes. But compute is not intelligence.";

// The English sentence quoted in the Chinese paragraph stays in the zh version, on its line.
void expect_quote_stays_in_zh(const json& j, long line) {
  const std::string quote = "Scaling is all you need.";
  bool found = false;
  for (const json& u : j["versions"]["zh"]["units"]) {
    const std::string text = u["text"];
    if (text.find(quote) == std::string::npos) continue;
    found = true;
    CHECK(u["span"]["line"] == line);
    CHECK(text.find("正如") != std::string::npos);  // in the unit of its Chinese sentence
  }
  CHECK(found);
  for (const std::string& t : unit_texts(j, "en")) {
    INFO(t);
    CHECK(t.find(quote) == std::string::npos);
    CHECK(t.find("人工智能") == std::string::npos);
  }
}

}  // namespace

TEST_CASE("an English sentence inside a Chinese paragraph stays in the zh version (marked blocks)",
          "[cli]") {
  TempDir dir;
  const std::string path = dir.write(
      "mixed.txt", "中文版\n\n" + kMixedZh + "\n\n系统变得更快、更准。\n\nEnglish Version\n\n" +
                       kMixedEn + "\n\nSystems became faster and more accurate.\n");
  const json j = parse_json(run_argmap({"parse", path}));
  REQUIRE(j["versions"].contains("zh"));
  REQUIRE(j["versions"].contains("en"));
  expect_quote_stays_in_zh(j, 3);
}

TEST_CASE(
    "an English sentence inside a Chinese paragraph stays in the zh version (unmarked "
    "blocks)",
    "[cli]") {
  TempDir dir;
  const std::string path =
      dir.write("mixed.txt", kMixedZh + "\n\n系统变得更快、更准，但这并不是智能。\n\n" + kMixedEn +
                                 "\n\nSystems became faster and more accurate, but that is not "
                                 "intelligence.\n");
  const json j = parse_json(run_argmap({"parse", path}));
  REQUIRE(j["versions"].contains("zh"));
  REQUIRE(j["versions"].contains("en"));
  expect_quote_stays_in_zh(j, 1);
}

// --- Usage (2) and output (73) ----------------------------------------------------------------

TEST_CASE("usage errors exit 2 with one line and write nothing", "[cli]") {
  TempDir dir;
  const std::string essay = dir.write("essay.txt", kEssay);
  SECTION("unknown option") {
    expect_error(run_rejected(dir, {"parse", "--bogus", essay}), 2, {"--bogus"});
  }
  SECTION("unknown command") {
    expect_error(run_rejected(dir, {"frobnicate", essay}), 2, {"frobnicate"});
  }
  SECTION("no command at all") { expect_error(run_rejected(dir, {}), 2, {}); }
  SECTION("no input") { expect_error(run_rejected(dir, {"parse"}), 2, {"input"}); }
  SECTION("--lang xx") {
    expect_error(run_rejected(dir, {"parse", "--lang", "xx", essay}), 2, {"--lang", "xx"});
  }
  SECTION("--lang without a value") {
    expect_error(run_argmap({"parse", essay, "--lang"}), 2, {"--lang"});
    CHECK(dir.listing() == std::set<std::string>{"essay.txt"});
  }
  SECTION("three inputs") {
    expect_error(run_rejected(dir, {"parse", essay, essay, essay}), 2, {});
  }
  SECTION("--only outside export") {
    expect_error(run_rejected(dir, {"parse", "--only", "zh", essay}), 2, {"--only"});
  }
  SECTION("--only with a format that compares both versions") {
    expect_error(run_rejected(dir, {"export", essay, "--to", "html", "--only", "zh"}), 2,
                 {"--only", "html"});
  }
  SECTION("--formats outside export") {
    expect_error(run_rejected(dir, {"parse", "--formats"}), 2, {"--formats"});
  }
}

TEST_CASE("export --formats prints the format registry with one format a line", "[cli]") {
  const RunResult r = run_argmap({"export", "--formats"});
  REQUIRE(r.exit_code == 0);
  std::string expected;
  for (const argmap::Format& f : argmap::formats()) {
    expected +=
        std::string(f.name) + "\t" + (f.extension.empty() ? "-" : std::string(f.extension)) + "\t" +
        std::string(f.media_type) + "\t" + (f.compares_versions ? "compares" : "one") + "\n";
  }
  CHECK(r.out == expected);
  CHECK(r.out.rfind("json\tjson\tapplication/json\tone\n", 0) == 0);
  CHECK(r.out.find("\ntext\t-\ttext/plain\tone\n") != std::string::npos);
  CHECK(r.out.find("\nhtml\treview.html\ttext/html\tcompares\n") != std::string::npos);
}

TEST_CASE("export --only keeps one version's map: a graph per version", "[cli]") {
  for (const auto& [keep, drop] : {std::pair<std::string, std::string>{"zh", "en"}, {"en", "zh"}}) {
    const RunResult r = run_argmap({"export", kSeed, "--to", "dot", "--only", keep});
    INFO("stderr: " << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("\"" + keep + ":u1\"") != std::string::npos);
    CHECK(r.out.find("\"" + drop + ":u1\"") == std::string::npos);
  }
  const json j = parse_json(run_argmap({"export", kSeed, "--to", "json", "--only", "en"}));
  CHECK(j["versions"].size() == 1);
  CHECK(j["versions"].contains("en"));
  CHECK_FALSE(j.contains("alignment"));
}

TEST_CASE(
    "an output file that cannot be created in a missing directory exits 73 naming "
    "the path",
    "[cli]") {
  TempDir dir;
  const std::string essay = dir.write("essay.txt", kEssay);
  const auto before = dir.listing();
  const RunResult r = run_argmap({"parse", essay, "-o", "/nonexistent-dir/out.json"});
  expect_error(r, 73, {"argmap: /nonexistent-dir/out.json: "});
  CHECK(dir.listing() == before);
  CHECK_FALSE(std::filesystem::exists("/nonexistent-dir"));
}

TEST_CASE("an output path naming an existing directory exits 73 and leaves no temporary file",
          "[cli]") {
  TempDir dir;
  const std::string essay = dir.write("essay.txt", kEssay);
  const std::string target = dir.file("out.json");
  std::filesystem::create_directory(target);
  const auto before = dir.listing();
  const RunResult r = run_argmap({"parse", essay, "-o", target});
  expect_error(r, 73, {"argmap: " + target + ": "});
  CHECK(dir.listing() == before);
}

// --- Standard input, determinism, help ----------------------------------------------------------

TEST_CASE("parse - reads standard input and gives the same versions as reading the file", "[cli]") {
  RunOptions piped;
  piped.input = read_whole_file(kSeed);
  REQUIRE(piped.input->size() == 5466);
  const json from_stdin = parse_json(run_argmap({"parse", "-"}, piped));
  const json from_file = parse_json(run_argmap({"parse", kSeed}));
  CHECK(from_stdin["inputs"][0]["path"] == "-");
  CHECK(from_stdin["inputs"][0]["sha256"] == from_file["inputs"][0]["sha256"]);
  CHECK(from_stdin["versions"]["zh"]["units"].size() ==
        from_file["versions"]["zh"]["units"].size());
  CHECK(from_stdin["versions"]["en"]["units"].size() ==
        from_file["versions"]["en"]["units"].size());
  CHECK(from_stdin["versions"] == from_file["versions"]);
}

TEST_CASE(
    "parse output is deterministic and the output file holds exactly what standard output gets",
    "[cli]") {
  const RunResult first = run_argmap({"parse", kSeed});
  const RunResult second = run_argmap({"parse", kSeed});
  parse_json(first);
  REQUIRE(second.exit_code == 0);
  CHECK(first.out == second.out);

  TempDir dir;
  const std::string out = dir.file("out.json");
  const RunResult to_file = run_argmap({"parse", kSeed, "-o", out});
  CHECK(to_file.exit_code == 0);
  CHECK(to_file.out.empty());
  CHECK(to_file.err.empty());
  CHECK(read_whole_file(out) == first.out);
  CHECK(dir.listing() == std::set<std::string>{"out.json"});
}

TEST_CASE(
    "help (--help, parse --help) exits 0 with usage, and --version prints 'argmap VERSION' "
    "and the dictionary it uses",
    "[cli]") {
  const RunResult help = run_argmap({"--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Contains("Usage"));
  CHECK(help.err.empty());

  const RunResult parse_help = run_argmap({"parse", "--help"});
  CHECK(parse_help.exit_code == 0);
  CHECK_THAT(parse_help.out, Contains("Usage"));
  CHECK_THAT(parse_help.out, Contains("argmap parse"));
  CHECK(parse_help.err.empty());

  const RunResult version = run_argmap({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out == std::string("argmap ") + ARGMAP_VERSION + "\ndictionary: CC-CEDICT at " +
                           ARGMAP_TEST_DICT + " (build tree)\n");
  CHECK(version.err.empty());

  TempDir dir;
  const std::string dict = dir.write("mini.u8", "中 中 [zhong1] /middle/\n");
  const RunResult given = run_argmap({"--dict", dict, "--version"});
  CHECK(given.exit_code == 0);
  CHECK_THAT(given.out, Contains("dictionary: CC-CEDICT at " + dict + " (--dict)\n"));
  const RunResult missing = run_argmap({"--dict", dir.file("none.u8"), "--version"});
  CHECK_THAT(missing.out, Contains("(--dict, no such file)"));
}

TEST_CASE(
    "cli: --zh-script and --zh-locale are recorded in the JSON and used by XLIFF, bad values exit "
    "2",
    "[cli]") {
  TempDir dir;
  const std::string essay = dir.write("essay.txt", kEssay);
  const RunResult detected = run_argmap({"parse", essay});
  REQUIRE(detected.exit_code == 0);
  const json d = json::parse(detected.out);
  CHECK(d["versions"]["zh"]["script"] == "zh-Hans");
  CHECK(d["versions"]["zh"]["locale"] == "zh-CN");
  CHECK_FALSE(d["versions"]["en"].contains("script"));

  const RunResult forced = run_argmap({"parse", essay, "--zh-script", "hant"});
  REQUIRE(forced.exit_code == 0);
  const json f = json::parse(forced.out);
  CHECK(f["versions"]["zh"]["script"] == "zh-Hant");
  CHECK(f["versions"]["zh"]["locale"] == "zh-Hant");

  const RunResult hk =
      run_argmap({"export", essay, "--to", "xliff", "--no-dict", "--zh-locale", "zh-HK"});
  REQUIRE(hk.exit_code == 0);
  CHECK_THAT(hk.out, Contains("srcLang=\"zh-HK\" trgLang=\"en\""));

  const RunResult bad_script = run_argmap({"parse", essay, "--zh-script", "traditional"});
  CHECK(bad_script.exit_code == 2);
  CHECK_THAT(bad_script.err, Contains("--zh-script takes hans or hant, not 'traditional'"));
  const RunResult bad_locale = run_argmap({"parse", essay, "--zh-locale", "zh-XX"});
  CHECK(bad_locale.exit_code == 2);
  CHECK_THAT(bad_locale.err, Contains("--zh-locale takes"));
}

TEST_CASE(
    "cli: --source en names findings from the English original and puts it first in TMX, "
    "XLIFF and SARIF",
    "[cli]") {
  TempDir dir;
  // The Chinese translation drops the English original's second sentence.
  const std::string en =
      "The progress of AI depends on compute. Data centres now use as much "
      "electricity as small cities. But compute is not intelligence.";
  const std::string essay = dir.write("essay.txt", kHead + kZh + kMiddle + en + "\n");
  const RunResult j =
      run_argmap({"check", essay, "--source", "en", "--format", "json", "--fail-on", "never"});
  REQUIRE(j.exit_code == 0);
  const json out = json::parse(j.out);
  CHECK(out["source"] == "en");
  bool omission = false;
  for (const json& f : out["findings"]) {
    CHECK(f["code"] != "addition");
    if (f["code"] == "omission") {
      omission = true;
      CHECK(f["severity"] == "error");
      CHECK(f["en"] == json::array({"en:u2"}));
      CHECK_THAT(f["message"].get<std::string>(), Contains("the Chinese version has nothing"));
    }
  }
  CHECK(omission);
  const RunResult as_zh = run_argmap({"check", essay, "--format", "json", "--fail-on", "never"});
  CHECK_THAT(as_zh.out, Contains("\"code\": \"addition\""));  // the default: Chinese original

  const RunResult tmx = run_argmap({"export", essay, "--to", "tmx", "--source", "en"});
  CHECK_THAT(tmx.out, Contains("srclang=\"en\""));
  CHECK(tmx.out.find("<tuv xml:lang=\"en\">") < tmx.out.find("<tuv xml:lang=\"zh-CN\">"));
  const RunResult xliff = run_argmap({"export", essay, "--to", "xliff", "--source", "en"});
  CHECK_THAT(xliff.out, Contains("srcLang=\"en\" trgLang=\"zh-CN\""));
  CHECK_THAT(xliff.out, Contains("<source>The progress of AI depends on compute.</source>"));
  const RunResult sarif = run_argmap({"check", essay, "--source", "en", "--format", "sarif"});
  const json s = json::parse(sarif.out);
  const std::string first = s["runs"][0]["results"][0]["locations"][0]["message"]["text"];
  CHECK_THAT(first, StartsWith("English: "));
  const RunResult bad = run_argmap({"check", essay, "--source", "fr"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Contains("--source takes zh or en, not 'fr'"));
}

TEST_CASE("cli: --compact writes the same JSON on one line, for parse, align, check and export",
          "[cli]") {
  const std::vector<std::vector<std::string>> commands = {
      {"parse", kSeed},
      {"align", kSeed},
      {"check", kSeed, "--format", "json", "--fail-on", "never"},
      {"export", kSeed, "--to", "json"}};
  for (const std::vector<std::string>& command : commands) {
    INFO(command.front());
    const RunResult pretty = run_argmap(command);
    std::vector<std::string> compact_args = command;
    compact_args.push_back("--compact");
    const RunResult compact = run_argmap(compact_args);
    REQUIRE(pretty.exit_code == 0);
    REQUIRE(compact.exit_code == 0);
    const auto tree = nlohmann::ordered_json::parse(pretty.out);
    CHECK(compact.out == tree.dump() + "\n");
    CHECK(pretty.out == tree.dump(2) + "\n");
  }
}

// --- Large output ----------------------------------------------------------------------------

TEST_CASE("cli: a book-length JSON written to a file is byte for byte what standard output gets",
          "[cli]") {
  // The cycling essay 60 times over: thousands of units, megabytes of JSON, so the arrays are
  // written on two threads and the file by a writer thread, block after block.
  TempDir dir;
  std::string zh, en;
  for (int k = 0; k < 60; ++k) {
    zh += read_whole_file(std::string(ARGMAP_SOURCE_DIR) + "/corpus/cycling-cities.zh.md") + "\n";
    en += read_whole_file(std::string(ARGMAP_SOURCE_DIR) + "/corpus/cycling-cities.en.md") + "\n";
  }
  const std::string zh_path = dir.write("zh.md", zh), en_path = dir.write("en.md", en);
  const std::string out = dir.path() + "/out.json";
  const RunResult to_file = run_argmap({"align", zh_path, en_path, "-o", out});
  const RunResult to_stdout = run_argmap({"align", zh_path, en_path});
  REQUIRE(to_file.exit_code == 0);
  REQUIRE(to_stdout.exit_code == 0);
  CHECK(to_stdout.out.size() > 8u * 1024 * 1024);
  CHECK(read_whole_file(out) == to_stdout.out);
  const json j = json::parse(to_stdout.out);
  CHECK(j["versions"]["zh"]["units"].size() > 2048u);
}

TEST_CASE("cli: output that cannot be written fails with exit 74 and says so", "[cli]") {
  // Standard output is /dev/full: the writer thread's first block fails.
  RunOptions sh;
  sh.program = "/bin/sh";
  const RunResult r = argmap::testing::run_program(
      {"-c", std::string("exec '") + ARGMAP_BINARY + "' parse '" + kSeed + "' > /dev/full"}, sh);
  CHECK(r.exit_code == 74);
  CHECK_THAT(r.err, Contains("cannot write"));
}

TEST_CASE("cli: of two bad inputs read at once, the first is the one reported", "[cli]") {
  TempDir dir;
  const std::string bad = dir.write("bad.md", "\xFF" + kEn + "\n");
  const std::string good = dir.write("good.md", kZh + "\n");
  const std::string missing = dir.file("missing.md");
  // The missing file first: exit 66 naming it, though the second is not UTF-8 either.
  expect_error(run_rejected(dir, {"align", missing, bad}), 66, {"argmap: " + missing});
  // A good file first: the second's UTF-8 error, with its position.
  expect_error(run_rejected(dir, {"align", good, bad}), 65,
               {"argmap: " + bad + ":1:1: ", "UTF-8", "(byte 0)"});
}
