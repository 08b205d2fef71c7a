#include "argmap/export/json_items.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace {

// An object holding an array of n items, each an object with a nested array, written with
// `threads` threads.
std::string items_json(std::size_t n, unsigned threads, bool pretty) {
  return argmap::collect([&](argmap::Sink& sink) {
    argmap::JsonWriter w(sink, pretty);
    w.begin_object();
    w.field("before", "汉字");
    w.key("items").begin_array();
    argmap::write_items(w, n, threads, [](argmap::JsonWriter& out, std::size_t i) {
      out.begin_object();
      out.field("i", i);
      out.key("tail").begin_array();
      for (std::size_t k = 0; k < i % 3; ++k) out.value("第" + std::to_string(k) + "\n");
      out.end_array();
      out.end_object();
    });
    w.end_array();
    w.field("after", true);
    w.end_object();
  });
}

}  // namespace

TEST_CASE("json items: two threads write the very bytes one writes, pretty and compact",
          "[export][json]") {
  for (const bool pretty : {true, false}) {
    for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{2047},
                                std::size_t{2048}, std::size_t{5001}}) {
      INFO("n " << n << " pretty " << pretty);
      const std::string one = items_json(n, 1, pretty);
      CHECK(items_json(n, 2, pretty) == one);
      const nlohmann::json j = nlohmann::json::parse(one);
      CHECK(j["items"].size() == n);
      if (n > 0) CHECK(j["items"][n - 1]["i"] == n - 1);
    }
  }
}
