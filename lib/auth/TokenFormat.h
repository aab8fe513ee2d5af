#pragma once

#include <QString>

// The shape of a Konnect access token, checked before anything is sent or
// stored: a personal access token (kpat_) or a system account token (spat_),
// then 20 to 200 characters of [A-Za-z0-9_]. Konnect's tokens today have 49
// characters after the prefix; the range leaves room for a format change while
// still catching a truncated copy or a pasted paragraph. Whitespace around the
// token (a pasted trailing newline) is trimmed; whitespace inside it is an error.
namespace TokenFormat {

enum class Kind { Invalid, Personal, SystemAccount };

constexpr int MinBodyLength = 20;
constexpr int MaxBodyLength = 200;

struct Result
{
    QString token; // trimmed; empty when the check failed
    Kind kind = Kind::Invalid;
    QString error; // a sentence a person can act on; empty when the token is well formed

    bool ok() const { return error.isEmpty(); }
};

Result check(const QString &input);
Kind kindOf(const QString &token); // from the prefix alone

} // namespace TokenFormat
