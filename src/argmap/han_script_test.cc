#include "argmap/han_script.h"

#include <catch2/catch.hpp>

using argmap::detect_script;
using argmap::simplified_same_layout;
using argmap::ZhScript;

TEST_CASE("han script: Traditional text becomes Simplified with every byte offset kept",
          "[han_script]") {
  const std::string trad = "為甚麼堆算力無法產生 AGI？頭髮的發展，並不簡單。";
  const std::string simp = simplified_same_layout(trad);
  CHECK(simp == "为什么堆算力无法产生 AGI？头发的发展，并不简单。");  // 甚麼 as a word: 什么
  CHECK(simp.size() == trad.size());
  CHECK(simp.find("AGI") == trad.find("AGI"));
  CHECK(simp.find("，") == trad.find("，"));
}

TEST_CASE("han script: Simplified, English and mixed text", "[han_script]") {
  const std::string simp = "为什么堆算力无法产生 AGI。著名的作家写着。";
  CHECK(simplified_same_layout(simp) == simp);
  CHECK(simplified_same_layout("Scaling compute hits a wall.") == "Scaling compute hits a wall.");
  CHECK(simplified_same_layout("这个說法 and 那個") == "这个说法 and 那个");
  CHECK(simplified_same_layout("") == "");
}

TEST_CASE("han script: the script most Han characters are written in", "[han_script]") {
  CHECK(detect_script({"為甚麼堆算力無法產生 AGI"}) == ZhScript::kHant);
  CHECK(detect_script({"为什么堆算力无法产生 AGI"}) == ZhScript::kHans);
  CHECK(detect_script({"English only."}) == ZhScript::kHans);
  CHECK(detect_script({"算力"}) == ZhScript::kHans);  // same in both: a tie
  CHECK(detect_script({"为什么", "這個說法無法"}) == ZhScript::kHant);
  CHECK(std::string(argmap::script_tag(ZhScript::kHant)) == "zh-Hant");
  CHECK(argmap::parse_zh_script("hans") == ZhScript::kHans);
  CHECK_FALSE(argmap::parse_zh_script("zh-Hans").has_value());
}
