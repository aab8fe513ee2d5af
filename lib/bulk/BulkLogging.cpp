#include "BulkLogging.h"

Q_LOGGING_CATEGORY(lcBulk, "konnect.bulk", QtWarningMsg)
