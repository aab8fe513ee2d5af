// list-control-planes and get-control-plane (control-planes-v2.yaml).
#include "SandboxApi.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Sandbox {

namespace {

using Predicate = std::function<bool(const ControlPlane &)>;

// filter[<field>][<op>]=value (deepObject), as ControlPlaneFilterParameters declares.
bool buildFilter(const QString &name, const QString &value, Predicate *out, QString *reason)
{
    static const QRegularExpression re(
        QStringLiteral("^filter\\[([a-z_]+)\\](?:\\[([a-z]+)\\])?$"));
    const auto match = re.match(name);
    if (!match.hasMatch()) {
        *reason = QStringLiteral("unsupported filter");
        return false;
    }
    const QString field = match.captured(1);
    const QString op = match.captured(2).isEmpty() ? QStringLiteral("eq") : match.captured(2);
    const QStringList values = value.split(QLatin1Char(','));

    const auto stringFilter = [&](std::function<QString(const ControlPlane &)> get,
                                  const QStringList &ops) -> bool {
        if (!ops.contains(op)) {
            *reason = QStringLiteral("operator %1 is not supported on %2 (use %3)")
                          .arg(op, field, ops.join(QStringLiteral(", ")));
            return false;
        }
        if (op == QLatin1String("eq"))
            *out = [get, value](const ControlPlane &cp) { return get(cp) == value; };
        else if (op == QLatin1String("neq"))
            *out = [get, value](const ControlPlane &cp) { return get(cp) != value; };
        else if (op == QLatin1String("oeq"))
            *out = [get, values](const ControlPlane &cp) { return values.contains(get(cp)); };
        else // contains: case-insensitive, as Konnect's search
            *out = [get, value](const ControlPlane &cp) {
                return get(cp).contains(value, Qt::CaseInsensitive);
            };
        return true;
    };

    if (field == QLatin1String("id"))
        return stringFilter([](const ControlPlane &cp) { return cp.id; },
                            {QStringLiteral("eq"), QStringLiteral("oeq")});
    if (field == QLatin1String("name"))
        return stringFilter(
            [](const ControlPlane &cp) { return cp.name; },
            {QStringLiteral("eq"), QStringLiteral("neq"), QStringLiteral("contains")});
    if (field == QLatin1String("cluster_type"))
        return stringFilter([](const ControlPlane &cp) { return cp.clusterType; },
                            {QStringLiteral("eq"), QStringLiteral("neq"), QStringLiteral("oeq")});
    if (field == QLatin1String("cloud_gateway") && op == QLatin1String("eq")) {
        if (value != QLatin1String("true") && value != QLatin1String("false")) {
            *reason = QStringLiteral("must be true or false");
            return false;
        }
        const bool wanted = value == QLatin1String("true");
        *out = [wanted](const ControlPlane &cp) { return cp.cloudGateway == wanted; };
        return true;
    }
    *reason = QStringLiteral("unsupported filter");
    return false;
}

// labels=key:value,existCheck: every term must hold.
Predicate labelsFilter(const QString &text)
{
    QList<QPair<QString, std::optional<QString>>> terms;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon < 0)
            terms.append({part.trimmed(), std::nullopt});
        else
            terms.append({part.left(colon).trimmed(), part.mid(colon + 1).trimmed()});
    }
    return [terms](const ControlPlane &cp) {
        for (const auto &term : terms) {
            const auto it = cp.labels.constFind(term.first);
            if (it == cp.labels.cend())
                return false;
            if (term.second && it.value() != *term.second)
                return false;
        }
        return true;
    };
}

} // namespace

HttpResponse SandboxApi::listControlPlanes(const HttpRequest &request)
{
    int size = 0;
    if (auto error =
            pageSizeParameter(request, QStringLiteral("page[size]"), ControlPlanePageDefault,
                              ControlPlanePageMax, &size, m_refuseLargePages))
        return *error;
    int number = 1;
    const QString numberText = request.queryItem(QStringLiteral("page[number]"));
    if (!numberText.isEmpty()) {
        bool ok = false;
        number = numberText.toInt(&ok);
        InvalidParameters params(QStringLiteral("query"));
        if (!ok)
            params.wrongType(QStringLiteral("page[number]"), QStringLiteral("is_integer"),
                             QStringLiteral("an integer"));
        else if (number < 1)
            params.minimum(QStringLiteral("page[number]"), 1);
        if (!params.isEmpty())
            return badRequest(params);
    }

    QList<Predicate> predicates;
    InvalidParameters params(QStringLiteral("query"));
    for (const auto &item : request.query) {
        if (item.first.startsWith(QLatin1String("filter["))) {
            Predicate predicate;
            QString reason;
            if (buildFilter(item.first, item.second, &predicate, &reason))
                predicates.append(predicate);
            else
                params.other(item.first, QStringLiteral("invalid"), reason);
        } else if (item.first == QLatin1String("labels") && !item.second.isEmpty()) {
            predicates.append(labelsFilter(item.second));
        }
    }

    // sort=created_at desc,name: supported attributes created_at, updated_at, name.
    QList<std::function<int(const ControlPlane &, const ControlPlane &)>> comparators;
    const QString sortText = request.queryItem(QStringLiteral("sort"));
    const QStringList sortTerms = sortText.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &term : sortTerms) {
        const QStringList words = term.simplified().split(QLatin1Char(' '));
        const QString attribute = words.value(0);
        const QString direction = words.value(1, QStringLiteral("asc")).toLower();
        const int sign = direction == QLatin1String("desc") ? -1 : 1;
        if (words.size() > 2 ||
            (direction != QLatin1String("asc") && direction != QLatin1String("desc"))) {
            params.other(QStringLiteral("sort"), QStringLiteral("invalid"),
                         QStringLiteral("invalid sort term '%1'").arg(term));
        } else if (attribute == QLatin1String("created_at")) {
            comparators.append([sign](const ControlPlane &a, const ControlPlane &b) {
                return sign * (a.createdAt < b.createdAt ? -1 : (b.createdAt < a.createdAt));
            });
        } else if (attribute == QLatin1String("updated_at")) {
            comparators.append([sign](const ControlPlane &a, const ControlPlane &b) {
                return sign * (a.updatedAt < b.updatedAt ? -1 : (b.updatedAt < a.updatedAt));
            });
        } else if (attribute == QLatin1String("name")) {
            comparators.append([sign](const ControlPlane &a, const ControlPlane &b) {
                return sign * a.name.compare(b.name);
            });
        } else {
            params.other(QStringLiteral("sort"), QStringLiteral("invalid"),
                         QStringLiteral("unsupported sort attribute '%1'").arg(attribute));
        }
    }
    if (!params.isEmpty())
        return badRequest(params);

    QList<const ControlPlane *> matching;
    for (const auto &data : m_store.controlPlanes()) {
        const ControlPlane &cp = data.controlPlane;
        if (std::all_of(predicates.cbegin(), predicates.cend(),
                        [&cp](const Predicate &p) { return p(cp); }))
            matching.append(&cp);
    }
    if (!comparators.isEmpty()) {
        std::stable_sort(matching.begin(), matching.end(),
                         [&comparators](const ControlPlane *a, const ControlPlane *b) {
                             for (const auto &compare : comparators) {
                                 const int c = compare(*a, *b);
                                 if (c != 0)
                                     return c < 0;
                             }
                             return false;
                         });
    }

    QJsonArray data;
    const qsizetype first = qsizetype(number - 1) * size;
    for (qsizetype i = first; i < matching.size() && i < first + size; ++i)
        data.append(controlPlaneJson(*matching.at(i)));
    const QJsonObject page{
        {QStringLiteral("number"), number},
        {QStringLiteral("size"), size},
        {QStringLiteral("total"), int(matching.size())},
    };
    return jsonResponse(200,
                        QJsonObject{
                            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("page"), page}}},
                            {QStringLiteral("data"), data},
                        });
}

HttpResponse SandboxApi::getControlPlane(const QString &id)
{
    if (!SandboxStore::isUuid(id)) {
        InvalidParameters params(QStringLiteral("path"));
        params.other(QStringLiteral("id"), QStringLiteral("is_uuid"),
                     QStringLiteral("invalid ID format"));
        return badRequest(params, QStringLiteral("Request contains invalid ID format"));
    }
    const ControlPlaneData *cp = m_store.controlPlane(id);
    if (!cp)
        return notFound(QStringLiteral("The requested control plane was not found."));
    return jsonResponse(200, controlPlaneJson(cp->controlPlane));
}

} // namespace Sandbox
