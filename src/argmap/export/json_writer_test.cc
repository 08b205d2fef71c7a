// JsonWriter: token by token, the bytes nlohmann writes for the same tree, pretty and compact,
// including escapes, CJK text, empty containers and doubles.
#include "argmap/export/json_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {

std::string written(bool pretty) {
  return argmap::collect([pretty](argmap::Sink& sink) {
    argmap::JsonWriter w(sink, pretty);
    w.begin_object();
    w.field("text", std::string("引号“但”\t\"x\"\\ \x01\x1f\x7f end\n"));
    w.key("empty_array").begin_array();
    w.end_array();
    w.key("empty_object").begin_object();
    w.end_object();
    w.key("numbers").begin_array();
    for (double d : {0.0, 0.7, 0.75, 1.0, 1e15, 1e16, 123456.0, -2.5e-7, 1.0 / 3.0}) w.value(d);
    w.value(-42);
    w.value(std::size_t{18446744073709551615u});
    w.end_array();
    w.key("nested").begin_object();
    w.field("flag", true);
    w.key("none").null();
    w.key("list").begin_array();
    w.value("一");
    w.end_array();
    w.end_object();
    w.end_object();
  });
}

nlohmann::ordered_json expected() {
  return nlohmann::ordered_json{{"text", "引号“但”\t\"x\"\\ \x01\x1f\x7f end\n"},
                                {"empty_array", nlohmann::ordered_json::array()},
                                {"empty_object", nlohmann::ordered_json::object()},
                                {"numbers",
                                 {0.0, 0.7, 0.75, 1.0, 1e15, 1e16, 123456.0, -2.5e-7, 1.0 / 3.0,
                                  -42, std::size_t{18446744073709551615u}}},
                                {"nested", {{"flag", true}, {"none", nullptr}, {"list", {"一"}}}}};
}

}  // namespace

TEST_CASE("json writer: pretty output is nlohmann's dump(2), byte for byte", "[json]") {
  CHECK(written(true) == expected().dump(2));
}

TEST_CASE("json writer: compact output is nlohmann's dump(), byte for byte", "[json]") {
  CHECK(written(false) == expected().dump());
}

TEST_CASE("json writer: a sink drains in chunks and loses nothing", "[json]") {
  std::string drained;
  int chunks = 0;
  argmap::Sink sink([&](std::string_view chunk) {
    drained += chunk;
    ++chunks;
    return true;
  });
  argmap::JsonWriter w(sink, false);
  w.begin_array();
  for (int i = 0; i < 100000; ++i) w.value("单元");
  w.end_array();
  REQUIRE(sink.flush());
  CHECK(chunks > 1);
  CHECK(nlohmann::json::parse(drained).size() == 100000);
}
