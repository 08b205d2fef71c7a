// Errors are values: every stage returns Result<T>, carrying the offending file and position.
// Only the command-line main turns an Error into a message line and an exit code.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace argmap {

// Exit codes of the command line (sysexits.h values where one fits).
enum class ExitCode : int {
  kOk = 0,
  kFindings = 1,
  kUsage = 2,
  kDataError = 65,   // input is not usable text
  kNoInput = 66,     // input cannot be opened
  kCantCreate = 73,  // output cannot be created
  kIoError = 74,
};

struct Error {
  ExitCode code = ExitCode::kDataError;
  std::string file;                   // path as the user gave it; "-" is standard input
  std::optional<std::size_t> offset;  // byte offset into the file, when one applies
  std::size_t line = 0;               // 1-based; 0 when unknown
  std::size_t column = 0;             // 1-based, in code points
  std::string message;

  // "FILE:LINE:COL: MESSAGE (byte N)", "FILE: MESSAGE" or, without a file, "MESSAGE" — one
  // line, no trailing newline.
  std::string format() const;
};

// A data error (exit 65) in `file`, with no position: a table or lexicon that does not fit its
// schema.
Error data_error(std::string file, std::string message);

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT: implicit by design
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  T* operator->() { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace argmap
