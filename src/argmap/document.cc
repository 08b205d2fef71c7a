#include "argmap/document.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "argmap/sha256.h"

namespace argmap {
namespace {

Error open_error(const std::string& path, ExitCode code, const std::string& why) {
  return Error{code, path, std::nullopt, 0, 0, why};
}

Result<std::string> read_fd(int fd, const std::string& path) {
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return bytes;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0)
      return open_error(path, ExitCode::kIoError,
                        std::string("read failed: ") + std::strerror(errno));
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

Result<std::string> read_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return open_error(path, ExitCode::kNoInput,
                      std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return open_error(path, ExitCode::kNoInput, "cannot open: is a directory");
  }
  Result<std::string> bytes = read_fd(fd, path);
  ::close(fd);
  return bytes;
}

bool is_binary_control(unsigned char b) {
  return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v';
}

}  // namespace

Error error_at(const Input& input, std::size_t offset, ExitCode code, std::string message) {
  const Position pos = LineIndex(input.bytes).locate(offset);
  return Error{code, input.path, offset, pos.line, pos.column, std::move(message)};
}

Result<Input> make_input(std::string path, std::string bytes) {
  Input input{std::move(path), std::move(bytes), 0, {}};
  if (input.bytes.rfind("\xEF\xBB\xBF", 0) == 0) input.text_start = 3;
  if (const auto bad = first_invalid_utf8(input.bytes)) {
    return error_at(input, *bad, ExitCode::kDataError, "invalid UTF-8");
  }
  const auto control = std::find_if(input.bytes.begin(), input.bytes.end(), [](char c) {
    return is_binary_control(static_cast<unsigned char>(c));
  });
  if (control != input.bytes.end()) {
    const auto offset = static_cast<std::size_t>(control - input.bytes.begin());
    const std::string what = *control == '\0' ? "NUL byte" : "control byte";
    return error_at(input, offset, ExitCode::kDataError, what + " in text (binary file?)");
  }
  if (trim(std::string_view(input.bytes).substr(input.text_start)).empty()) {
    const char* what =
        input.bytes.size() == input.text_start ? "empty input" : "input holds only white space";
    return Error{ExitCode::kDataError, input.path, std::nullopt, 0, 0, what};
  }
  input.sha256 = sha256_hex(input.bytes);
  return input;
}

Result<Input> read_input(const std::string& path) {
  Result<std::string> bytes = path == "-" ? read_fd(0, path) : read_file(path);
  if (!bytes) return bytes.error();
  return make_input(path, std::move(*bytes));
}

const Version* Document::find(Lang lang) const {
  for (const Version& v : versions) {
    if (v.lang == lang) return &v;
  }
  return nullptr;
}

}  // namespace argmap
