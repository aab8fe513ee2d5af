// libFuzzer harness: the problem+json parser (lib/api/ApiError.h) and the
// messages built from what it read.
//
// Properties: the parser accepts exactly the bodies that are JSON objects; an
// HTTP error always has a sentence for the user, whatever the server sent.

#include "ApiError.h"
#include "FuzzCheck.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    QString title, detail, instance, type;
    QList<InvalidParameter> parameters;
    const bool parsed = parseProblemJson(body, &title, &detail, &instance, &type, &parameters);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    KVM_FUZZ_CHECK(parsed == (parseError.error == QJsonParseError::NoError && document.isObject()));

    for (const int status : {400, 401, 404, 409, 422, 429, 503}) {
        const ApiError error =
            ApiError::http(status, body, QByteArrayLiteral("application/problem+json"));
        KVM_FUZZ_CHECK(error.isError() && error.httpStatus() == status);
        KVM_FUZZ_CHECK(!error.message().isEmpty());
        KVM_FUZZ_CHECK(error.fullDescription().startsWith(error.message()));
        KVM_FUZZ_CHECK(error.title() == title && error.detail() == detail);
        KVM_FUZZ_CHECK(error.invalidParameters() == parameters);
    }
    // Field errors reported by the client itself go through the same messages.
    if (!parameters.isEmpty())
        KVM_FUZZ_CHECK(!ApiError::validation(parameters).message().isEmpty());
    return 0;
}
