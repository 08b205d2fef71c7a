#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "cli/fd_writer.h"

namespace argmap::cli {
namespace {

// The rendering written to fd, streamed in chunks when it is a writer: a thread of its own
// writes each megabyte while the next is rendered.
bool write_rendered(int fd, const Rendered& content) {
  if (!content.stream) return write_all(fd, content.text);
  FdWriter writer(fd);
  Sink sink([&writer](std::string_view chunk) { return writer.add(chunk); });
  content.stream(sink);
  const bool flushed = sink.flush();
  return writer.finish() && flushed;
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
