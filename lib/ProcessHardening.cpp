#include "ProcessHardening.h"

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#endif

namespace ProcessHardening {

Result disableCoreDumps()
{
    if (qEnvironmentVariableIntValue(AllowCoreDumpsVariable) == 1)
        return {false, QStringLiteral("%1=1: core dumps left on").arg(AllowCoreDumpsVariable)};
#ifdef Q_OS_LINUX
    Result result{true, QString()};
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        result.applied = false;
        result.detail =
            QStringLiteral("PR_SET_DUMPABLE: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        result.applied = false;
        result.detail +=
            QStringLiteral(" RLIMIT_CORE: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    return result;
#else
    return {false, QStringLiteral("not available on this system")};
#endif
}

} // namespace ProcessHardening
