// libFuzzer harness: the error-body parser (lib/api/ApiError.h: problem+json and
// the core-entity shape) and the messages built from what it read.
//
// Properties: the parser accepts exactly the bodies that are JSON objects; an
// HTTP error always has a sentence for the user, whatever the server sent.

#include "ApiError.h"
#include "FuzzCheck.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const std::optional<ErrorBody> parsed = parseErrorBody(body);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    KVM_FUZZ_CHECK(parsed.has_value() ==
                   (parseError.error == QJsonParseError::NoError && document.isObject()));
    const ErrorBody read = parsed.value_or(ErrorBody());
    const QString title = read.title;
    const QString detail = read.detail;
    const QList<InvalidParameter> parameters = read.invalidParameters;

    for (const int status : {400, 401, 403, 404, 409, 422, 429, 503}) {
        const ApiError error =
            ApiError::http(status, body, QByteArrayLiteral("application/problem+json"));
        KVM_FUZZ_CHECK(error.isError() && error.httpStatus() == status);
        KVM_FUZZ_CHECK(!error.message().isEmpty());
        KVM_FUZZ_CHECK(error.fullDescription().startsWith(error.message()));
        KVM_FUZZ_CHECK(error.title() == title && error.detail() == detail);
        KVM_FUZZ_CHECK(error.invalidParameters() == parameters);
        KVM_FUZZ_CHECK(error.coreEntityCode() == read.coreEntityCode);
    }
    // Field errors reported by the client itself go through the same messages.
    if (!parameters.isEmpty())
        KVM_FUZZ_CHECK(!ApiError::validation(parameters).message().isEmpty());
    return 0;
}
