#include "argmap/export/json_writer.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace argmap {

namespace {

bool needs_escape(char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }

void append_escape(std::string& out, char c) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto byte = static_cast<unsigned char>(c);
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
  }
}

}  // namespace

// Runs of bytes that need no escape are appended whole.
void append_json_escaped(std::string& out, std::string_view s) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!needs_escape(s[i])) continue;
    out.append(s.data() + run, i - run);
    append_escape(out, s[i]);
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
}

JsonWriter JsonWriter::continuation(Sink& sink) const {
  JsonWriter w(sink, pretty_);
  w.levels_.assign(levels_.size(), Level{false});
  return w;
}

void JsonWriter::newline_indent(std::size_t depth) {
  out_ += '\n';
  out_.append(2 * depth, ' ');
}

// The separator and indentation before a value: none after a key, else a comma when the
// container already holds something.
void JsonWriter::open_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (!level.empty) out_ += ',';
  level.empty = false;
  if (pretty_) newline_indent(levels_.size());
  sink_.drain_if_full();
}

JsonWriter& JsonWriter::key(std::string_view k) {
  open_value();
  out_ += '"';
  append_json_escaped(out_, k);
  out_ += pretty_ ? "\": " : "\":";
  after_key_ = true;
  return *this;
}

void JsonWriter::begin_object() {
  open_value();
  out_ += '{';
  levels_.push_back(Level{});
}

void JsonWriter::begin_array() {
  open_value();
  out_ += '[';
  levels_.push_back(Level{});
}

void JsonWriter::close(char bracket) {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (pretty_ && !empty) newline_indent(levels_.size());
  out_ += bracket;
}

void JsonWriter::end_object() { close('}'); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::value(std::string_view s) {
  open_value();
  out_ += '"';
  append_json_escaped(out_, s);
  out_ += '"';
}

void JsonWriter::value(bool b) {
  open_value();
  out_ += b ? "true" : "false";
}

void JsonWriter::null() {
  open_value();
  out_ += "null";
}

// Doubles as nlohmann prints them (shortest round trip, "1.0" for whole values, null when not
// finite), through its own formatter so that the bytes cannot drift.
void JsonWriter::value(double d) {
  open_value();
  if (!std::isfinite(d)) {
    out_ += "null";
    return;
  }
  char digits[64];
  out_.append(digits, nlohmann::detail::to_chars(digits, digits + sizeof digits, d));
}

}  // namespace argmap
