#pragma once

#include <QString>

// What a crash may write to disk: a core dump holds the process's memory, the
// token and any secret value in it. disableCoreDumps() turns core dumps off
// for this process (Linux: PR_SET_DUMPABLE 0, which also keeps other processes
// of the same user from attaching with ptrace, and RLIMIT_CORE 0), as
// KeePassXC does. KVM_ALLOW_CORE_DUMPS=1 in the environment leaves them on,
// for debugging a crash. Elsewhere it does nothing and says so.
namespace ProcessHardening {

constexpr const char *AllowCoreDumpsVariable = "KVM_ALLOW_CORE_DUMPS";

struct Result
{
    bool applied = false;
    QString detail; // why not, or what failed; for the log
};

Result disableCoreDumps();

} // namespace ProcessHardening
