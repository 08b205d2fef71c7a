// JsonWriter: JSON written token by token straight into a Sink, byte for byte as nlohmann's
// dump(2) (pretty) or dump() (compact) would write the same tree, with no tree in between.
#pragma once

#include <charconv>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/export/sink.h"

namespace argmap {

class JsonWriter {
 public:
  JsonWriter(Sink& sink, bool pretty) : sink_(sink), out_(sink.buffer()), pretty_(pretty) {}

  // A writer into `sink` that goes on where this one stands: inside the same open containers,
  // the innermost of which must already hold something. What it writes, appended after what
  // this one wrote (through raw), reads as if this one had written it.
  JsonWriter continuation(Sink& sink) const;
  // Text another writer produced, appended as it stands.
  void raw(std::string_view text) { sink_.append(text); }

  JsonWriter& key(std::string_view k);  // the next value belongs to this key
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b);
  void value(double d);
  void null();
  template <std::integral T>
  requires(!std::same_as<T, bool>) void value(T v) {
    open_value();
    char digits[24];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
  }

  // key(k) then value(v), the common case.
  template <class T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

 private:
  struct Level {
    bool empty = true;
  };
  void open_value();
  void close(char bracket);
  void newline_indent(std::size_t depth);

  Sink& sink_;
  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  std::vector<Level> levels_;
};

// `s` escaped as a JSON string body (quotes not included), as nlohmann escapes it.
void append_json_escaped(std::string& out, std::string_view s);

}  // namespace argmap
