#include "SearchLogging.h"

Q_LOGGING_CATEGORY(lcSearch, "konnect.search", QtWarningMsg)
