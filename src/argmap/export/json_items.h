// JSON items: the items of an open JSON array written on two threads, in chunks taken in turn
// and appended in order, so the bytes are exactly those one writer alone would write.
#pragma once

#include <cstddef>
#include <functional>

#include "argmap/export/json_writer.h"

namespace argmap {

// item(writer, i) for i in [0, n), into w's open array; the second thread, when `threads`
// allows one and the array is long, writes every other chunk into a buffer of its own (two
// at most are held), so the memory stays a few chunks whatever n is.
void write_items(JsonWriter& w, std::size_t n, unsigned threads,
                 const std::function<void(JsonWriter&, std::size_t)>& item);

}  // namespace argmap
