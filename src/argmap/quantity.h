// Quantities: the numbers a unit states, normalised so that both languages compare — Arabic
// digits, Chinese numerals (十二, 两百), English number words, with units (十年 = a decade).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/lexicon.h"

namespace argmap {

// The unit of an order of magnitude (数千, thousands: 1000; 几十, dozens: 10).
inline constexpr const char* kMagnitude = "order of magnitude";

struct Quantity {
  double value = 0;
  std::string unit;       // year, percent, times, kMagnitude, ...; empty for a plain number
  std::size_t start = 0;  // byte range in the unit text
  std::size_t end = 0;
  double tolerance = 0;  // relative: a converted measure (5.5米, 18 feet) agrees within it
  bool one = false;      // its numeral was one (一公里, a mile): maybe only an article
};

std::vector<Quantity> find_quantities(std::string_view text, const Lexicon& lexicon);

// find_quantities with the lexicon's units and numerals indexed once, for the units of a version.
class QuantityFinder {
 public:
  explicit QuantityFinder(const Lexicon& lexicon);
  ~QuantityFinder();
  std::vector<Quantity> in(std::string_view text) const;

 private:
  struct Table;
  std::unique_ptr<const Table> table_;
};

}  // namespace argmap
