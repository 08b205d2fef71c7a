// Helpers for end-to-end tests of the argmap executable: run it (fork + execv, no shell) with
// captured standard output, standard error and exit status, and keep each test's files in a
// fresh temporary directory that is removed afterwards.
//
// Header-only on purpose: the test target compiles tests/*_test.cc only, so a separate .cc
// would need a CMake change.
#pragma once

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace argmap::testing {

// How a child process ended, and what it wrote.
struct RunResult {
  int exit_code = -1;  // exit status when the process exited normally, else -1
  int signal = 0;      // the signal that killed it, else 0
  bool timed_out = false;
  std::string out;  // standard output
  std::string err;  // standard error

  bool exited() const { return signal == 0 && !timed_out && exit_code >= 0; }
};

struct RunOptions {
  std::string program = ARGMAP_BINARY;  // path of the executable
  std::optional<std::string> input;     // standard input; nullopt: empty (closed at once)
  std::string cwd;                      // working directory of the child; empty: unchanged
  // Run as this uid/gid (setgroups, setgid, setuid in the child): needs root.
  std::optional<std::pair<uid_t, gid_t>> as_user;
  int timeout_seconds = 120;  // the child is killed (SIGKILL) after this long
};

namespace detail {

inline void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

// Writes msg to fd 2 and exits: for the child between fork and exec (async-signal-safe only).
[[noreturn]] inline void child_fail(const char* msg, int code) {
  const ssize_t ignored = ::write(2, msg, std::strlen(msg));
  (void)ignored;
  ::_exit(code);
}

}  // namespace detail

// Runs options.program with args (argv[0] is the program path), standard input fed from
// options.input, and collects both output streams until the child exits.
inline RunResult run_program(const std::vector<std::string>& args, const RunOptions& options = {}) {
  // Everything the child needs is prepared before fork.
  std::vector<std::string> storage;
  storage.push_back(options.program);
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : storage) argv.push_back(s.data());
  argv.push_back(nullptr);

  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (::pipe2(in_pipe, O_CLOEXEC) != 0 || ::pipe2(out_pipe, O_CLOEXEC) != 0 ||
      ::pipe2(err_pipe, O_CLOEXEC) != 0) {
    throw std::runtime_error(std::string("pipe2: ") + std::strerror(errno));
  }

  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    // Child: only async-signal-safe calls from here to execv.
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(SIGPIPE, &dfl, nullptr);
    if (::dup2(in_pipe[0], 0) < 0 || ::dup2(out_pipe[1], 1) < 0 || ::dup2(err_pipe[1], 2) < 0) {
      detail::child_fail("cli_runner: dup2 failed\n", 127);
    }
    if (!options.cwd.empty() && ::chdir(options.cwd.c_str()) != 0) {
      detail::child_fail("cli_runner: chdir failed\n", 127);
    }
    if (options.as_user) {
      if (::setgroups(0, nullptr) != 0 || ::setgid(options.as_user->second) != 0 ||
          ::setuid(options.as_user->first) != 0) {
        detail::child_fail("cli_runner: cannot drop privileges\n", 126);
      }
    }
    ::execv(argv[0], argv.data());
    detail::child_fail("cli_runner: execv failed\n", 127);
  }

  // Parent.
  ::close(in_pipe[0]);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  int in_fd = in_pipe[1], out_fd = out_pipe[0], err_fd = err_pipe[0];
  const std::string input = options.input.value_or("");
  std::size_t written = 0;
  if (input.empty()) {
    detail::close_fd(in_fd);
  } else {
    ::fcntl(in_fd, F_SETFL, ::fcntl(in_fd, F_GETFL) | O_NONBLOCK);
  }

  // A child that stops reading must not kill the test with SIGPIPE.
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);

  RunResult result;
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(options.timeout_seconds);
  char buffer[1 << 16];
  while (out_fd >= 0 || err_fd >= 0) {
    std::vector<pollfd> fds;
    if (in_fd >= 0) fds.push_back({in_fd, POLLOUT, 0});
    if (out_fd >= 0) fds.push_back({out_fd, POLLIN, 0});
    if (err_fd >= 0) fds.push_back({err_fd, POLLIN, 0});
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      ::kill(pid, SIGKILL);
      result.timed_out = true;
      break;
    }
    const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) break;
    for (const pollfd& p : fds) {
      if (p.revents == 0) continue;
      if (p.fd == in_fd) {
        const ssize_t n = ::write(in_fd, input.data() + written, input.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) {
          detail::close_fd(in_fd);
        }
        continue;
      }
      const ssize_t n = ::read(p.fd, buffer, sizeof buffer);
      if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (n <= 0) {
        if (p.fd == out_fd) detail::close_fd(out_fd);
        if (p.fd == err_fd) detail::close_fd(err_fd);
        continue;
      }
      (p.fd == out_fd ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
    }
  }
  detail::close_fd(in_fd);
  detail::close_fd(out_fd);
  detail::close_fd(err_fd);
  ::sigaction(SIGPIPE, &previous, nullptr);

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status) && !result.timed_out) result.signal = WTERMSIG(status);
  return result;
}

// Runs the argmap executable under test.
inline RunResult run_argmap(const std::vector<std::string>& args, const RunOptions& options = {}) {
  return run_program(args, options);
}

// A fresh directory under /tmp (mkdtemp), removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    char pattern[] = "/tmp/argmap-cli-test-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) {
      throw std::runtime_error(std::string("mkdtemp: ") + std::strerror(errno));
    }
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    // Restore permissions a test may have taken away, so that removal cannot fail.
    for (auto it = std::filesystem::recursive_directory_iterator(path_, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                   std::filesystem::perm_options::add, ec);
    }
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

  // Writes bytes to name (created or truncated) and returns its full path.
  std::string write(const std::string& name, const std::string& bytes) const {
    const std::string p = file(name);
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw std::runtime_error("cannot write " + p);
    return p;
  }

  // Every path below the directory, relative to it, sorted.
  std::set<std::string> listing() const {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path_)) {
      names.insert(std::filesystem::relative(entry.path(), path_).string());
    }
    return names;
  }

 private:
  std::string path_;
};

inline std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace argmap::testing
