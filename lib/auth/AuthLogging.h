#pragma once

#include <QLoggingCategory>

// konnect.auth: profile switches, keychain job outcomes (kind and the keychain's
// own error text), sign-in check results. Never a token, never a part of one.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
