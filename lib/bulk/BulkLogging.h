#pragma once

#include <QLoggingCategory>

// konnect.bulk: counts, throttling and cancellation of bulk imports. Never a
// secret value (and no key either: counts are enough to follow a run).
Q_DECLARE_LOGGING_CATEGORY(lcBulk)
