#include "TokenFormat.h"

#include <QCoreApplication>

namespace TokenFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TokenFormat", text);
}

bool isTokenCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

} // namespace

Kind kindOf(const QString &token)
{
    if (token.startsWith(QLatin1String("kpat_")))
        return Kind::Personal;
    if (token.startsWith(QLatin1String("spat_")))
        return Kind::SystemAccount;
    return Kind::Invalid;
}

Result check(const QString &input)
{
    Result result;
    const QString token = input.trimmed();
    if (token.isEmpty()) {
        result.error = tr("Paste a personal access token (kpat_…) or a system account token "
                          "(spat_…) from Konnect.");
        return result;
    }
    const Kind kind = kindOf(token);
    if (kind == Kind::Invalid) {
        result.error = tr("This is not a Konnect access token: it must start with kpat_ (personal "
                          "access token) or spat_ (system account token).");
        return result;
    }
    const QString prefix = token.left(5);
    const QStringView body = QStringView(token).mid(5);
    for (const QChar c : body) {
        if (c.isSpace()) {
            result.error = tr("The token has a space or line break inside it: copy it again from "
                              "Konnect as one line.");
            return result;
        }
        if (!isTokenCharacter(c)) {
            result.error = tr("The token contains “%1”, which a Konnect token never has (only "
                              "letters, digits and _): copy it again from Konnect.")
                               .arg(c);
            return result;
        }
    }
    if (body.size() < MinBodyLength) {
        result.error = tr("The token is too short (%1 characters after %2, at least %3 expected): "
                          "it may have been cut off while copying.")
                           .arg(body.size())
                           .arg(prefix)
                           .arg(MinBodyLength);
        return result;
    }
    if (body.size() > MaxBodyLength) {
        result.error = tr("The token is too long (%1 characters after %2, at most %3 expected): "
                          "make sure only the token was copied.")
                           .arg(body.size())
                           .arg(prefix)
                           .arg(MaxBodyLength);
        return result;
    }
    result.token = token;
    result.kind = kind;
    return result;
}

} // namespace TokenFormat
