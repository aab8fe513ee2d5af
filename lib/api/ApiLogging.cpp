#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "konnect.api", QtWarningMsg)
