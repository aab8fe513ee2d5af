#pragma once

#include <QLoggingCategory>

// konnect.search: indexing progress, counts and failures (ids and HTTP
// status only). Never a token, a header or a secret value.
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
