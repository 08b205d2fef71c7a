// Generated benchmark inputs: the seed essay's Chinese and English bodies repeated k times, as
// a pair of one-language texts or as one bilingual file. Sizes grow linearly with k.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <utility>

namespace argmap::bench {

inline std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The seed's Chinese and English bodies (after 中文版 / English Version), k times each, each
// under its title.
inline std::pair<std::string, std::string> repeated_seed(int k) {
  const std::string seed = read(ARGMAP_SOURCE_DIR "/corpus/scaling-compute-agi.zh-en.txt");
  const std::size_t zh = seed.find("中文版") + std::string("中文版").size();
  const std::size_t en = seed.find("English Version");
  const std::string zh_body = seed.substr(zh, en - zh);
  const std::string en_body = seed.substr(en + std::string("English Version").size());
  std::string a = "《为什么堆算力无法产生 AGI》\n\n",
              b = "Why Scaling Compute Will Inevitably Hit a Wall\n\n";
  for (int i = 0; i < k; ++i) a += zh_body + "\n\n", b += en_body + "\n\n";
  return {a, b};
}

// One bilingual file: 中文版 then the Chinese, English Version then the English.
inline std::string repeated_bilingual(int k) {
  const auto [zh, en] = repeated_seed(k);
  return "中文版\n\n" + zh + "English Version\n\n" + en;
}

}  // namespace argmap::bench
