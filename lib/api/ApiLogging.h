#pragma once

#include <QLoggingCategory>

// konnect.api: method, path, status, duration, attempt. Never a header value,
// a request body or a response body: tokens and secret values stay out.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
