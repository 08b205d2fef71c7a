#include "cli/graphviz.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

extern char** environ;

namespace argmap::cli {
namespace {

// A file descriptor closed when it goes out of scope, or earlier by reset().
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  Fd& operator=(Fd&& other) noexcept {
    if (this != &other) reset(), fd_ = other.fd_, other.fd_ = -1;
    return *this;
  }
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
};

struct Pipe {
  Fd read, write;
};

bool make_pipe(Pipe& p) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return false;
  p.read = Fd(fds[0]);
  p.write = Fd(fds[1]);
  return true;
}

Error failure(const std::string& what) {
  return Error{ExitCode::kIoError, "", std::nullopt, 0, 0, "--to svg: " + what};
}

// Starts `dot -Tsvg` with the child ends of the three pipes as its standard streams; SIGPIPE
// back to its default in the child, whatever the parent does with it.
int spawn_dot(const Pipe& in, const Pipe& out, const Pipe& err, pid_t& pid) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read.get(), 0);
  posix_spawn_file_actions_adddup2(&actions, out.write.get(), 1);
  posix_spawn_file_actions_adddup2(&actions, err.write.get(), 2);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  char* argv[] = {const_cast<char*>("dot"), const_cast<char*>("-Tsvg"), nullptr};
  const int rc = ::posix_spawnp(&pid, "dot", &actions, &attr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  return rc;
}

// Reads what is there into `into`; false at end of file or on an error (then the fd closes).
bool drain(Fd& fd, std::string& into) {
  char buffer[65536];
  const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return true;
  if (n <= 0) {
    fd.reset();
    return false;
  }
  into.append(buffer, static_cast<std::size_t>(n));
  return true;
}

// Writes as much of input[done..] as the pipe takes; closes it when all is written or the
// reader has gone (EPIPE: dot failed, its exit status will say why).
void feed(Fd& fd, const std::string& input, std::size_t& done) {
  const ssize_t n = ::write(fd.get(), input.data() + done, input.size() - done);
  if (n > 0) done += static_cast<std::size_t>(n);
  if ((n < 0 && errno != EINTR && errno != EAGAIN) || done == input.size()) fd.reset();
}

struct Streams {
  Fd in, out, err;  // the parent's ends
};

// One poll loop over the three pipes until dot has closed its output streams.
bool pump(Streams& s, const std::string& input, std::string& out, std::string& err) {
  std::size_t done = 0;
  if (input.empty()) s.in.reset();
  while (s.out.get() >= 0 || s.err.get() >= 0) {
    pollfd fds[3] = {{s.in.get(), POLLOUT, 0}, {s.out.get(), POLLIN, 0}, {s.err.get(), POLLIN, 0}};
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (fds[0].revents) feed(s.in, input, done);
    if (fds[1].revents) drain(s.out, out);
    if (fds[2].revents) drain(s.err, err);
  }
  return true;
}

std::string first_line(const std::string& text) {
  const std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? "no message" : line;
}

Result<std::string> outcome(int status, std::string out, const std::string& err) {
  if (WIFSIGNALED(status))
    return failure("Graphviz 'dot' was killed by signal " + std::to_string(WTERMSIG(status)));
  if (WEXITSTATUS(status) != 0) {
    return failure("Graphviz 'dot' failed (exit " + std::to_string(WEXITSTATUS(status)) +
                   "): " + first_line(err));
  }
  return out;
}

// SIGPIPE ignored while this lives (a write to a dead `dot` then fails with EPIPE instead of
// killing argmap), restored afterwards.
class IgnoreSigpipe {
 public:
  IgnoreSigpipe() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &saved_);
  }
  ~IgnoreSigpipe() { ::sigaction(SIGPIPE, &saved_, nullptr); }

 private:
  struct sigaction saved_ {};
};

}  // namespace

Result<std::string> render_svg(const std::string& dot) {
  Pipe in, out, err;
  if (!make_pipe(in) || !make_pipe(out) || !make_pipe(err))
    return failure(std::string("cannot make a pipe: ") + std::strerror(errno));
  pid_t pid = 0;
  if (const int rc = spawn_dot(in, out, err, pid); rc != 0) {
    return failure(std::string("cannot run Graphviz 'dot': ") + std::strerror(rc) +
                   " (install the graphviz package)");
  }
  in.read.reset(), out.write.reset(), err.write.reset();
  ::fcntl(in.write.get(), F_SETFL, O_NONBLOCK);
  Streams streams{std::move(in.write), std::move(out.read), std::move(err.read)};
  std::string svg, messages;
  const IgnoreSigpipe guard;
  const bool pumped = pump(streams, dot, svg, messages);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!pumped) return failure(std::string("reading from 'dot' failed: ") + std::strerror(errno));
  return outcome(status, std::move(svg), messages);
}

}  // namespace argmap::cli
