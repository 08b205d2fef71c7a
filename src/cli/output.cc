#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace argmap::cli {
namespace {

bool write_all(int fd, std::string_view content) {
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// The rendering written to fd, streamed in chunks when it is a writer.
bool write_rendered(int fd, const Rendered& content) {
  if (!content.stream) return write_all(fd, content.text);
  Sink sink([fd](std::string_view chunk) { return write_all(fd, chunk); });
  content.stream(sink);
  return sink.flush();
}

Error failure(const std::string& path, ExitCode code, const std::string& what) {
  return Error{code, path, std::nullopt, 0, 0, what + ": " + std::strerror(errno)};
}

}  // namespace

void keep_until_exit(Rendered rendered) {
  static auto* const kept = new std::vector<Rendered>();  // reachable to the end, never freed
  kept->push_back(std::move(rendered));
}

std::optional<Error> write_output(const std::string& path, const Rendered& content) {
  if (path.empty() || path == "-") {
    if (!write_rendered(1, content)) return failure("<stdout>", ExitCode::kIoError, "cannot write");
    return std::nullopt;
  }
  std::string pattern = path + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return failure(path, ExitCode::kCantCreate, "cannot create output");
  const std::string temp(name.data());
  const bool written = write_rendered(fd, content) && ::fchmod(fd, 0644) == 0;
  const int saved = errno;
  const bool closed = ::close(fd) == 0;
  if (!written || !closed) {
    ::unlink(temp.c_str());
    errno = written ? errno : saved;
    return failure(path, ExitCode::kIoError, "cannot write output");
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    errno = err;
    return failure(path, ExitCode::kCantCreate, "cannot create output");
  }
  return std::nullopt;
}

}  // namespace argmap::cli
