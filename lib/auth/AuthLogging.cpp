#include "AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "konnect.auth", QtWarningMsg)
