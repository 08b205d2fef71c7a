// SHA-256 of a byte string, as lowercase hex: names each input in the argmap JSON so that
// a consumer can tell which exact bytes the offsets refer to.
#pragma once

#include <string>
#include <string_view>

namespace argmap {

std::string sha256_hex(std::string_view bytes);

}  // namespace argmap
