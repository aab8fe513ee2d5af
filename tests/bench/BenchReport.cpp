#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>

#ifndef KVM_BENCH_BUILD_TYPE
#define KVM_BENCH_BUILD_TYPE "unknown"
#endif

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

void BenchReport::add(BenchResult result)
{
    m_results.append(std::move(result));
}

void BenchReport::fail(const QString &id, const QString &message)
{
    m_failures.append(id + QStringLiteral(": ") + message);
}

QString BenchReport::loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> parts = file.readAll().split(' ');
    return parts.size() >= 3
               ? QString::fromLatin1(parts.at(0) + ' ' + parts.at(1) + ' ' + parts.at(2))
               : QString();
}

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
    }
    return QString();
}

double memoryGiB()
{
    QFile file(QStringLiteral("/proc/meminfo"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("MemTotal:"))
            return line.mid(9).trimmed().split(' ').value(0).toDouble() / 1024.0 / 1024.0;
    }
    return 0;
}

QString formatValue(double value, const QString &unit)
{
    if (unit == QLatin1String("count"))
        return QString::number(qRound(value));
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QLatin1Char(' ') + unit;
}

} // namespace

QJsonObject BenchReport::machine()
{
    return QJsonObject{
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("cpu_model"), cpuModel()},
        {QStringLiteral("memory_gib"), std::round(memoryGiB() * 10) / 10},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("build_type"), QStringLiteral(KVM_BENCH_BUILD_TYPE)},
    };
}

QString BenchReport::machineLine()
{
    const QJsonObject m = machine();
    return QStringLiteral("%1 CPUs (%2), %3 GiB RAM, %4, Qt %5, %6 build")
        .arg(m.value(QStringLiteral("cpus")).toInt())
        .arg(m.value(QStringLiteral("cpu_model")).toString())
        .arg(m.value(QStringLiteral("memory_gib")).toDouble())
        .arg(m.value(QStringLiteral("os")).toString(), m.value(QStringLiteral("qt")).toString(),
             m.value(QStringLiteral("build_type")).toString());
}

QString BenchReport::table() const
{
    const QStringList header{QStringLiteral("id"),        QStringLiteral("measurement"),
                             QStringLiteral("N"),         QStringLiteral("result"),
                             QStringLiteral("reference"), QStringLiteral("target"),
                             QStringLiteral("met"),       QStringLiteral("load")};
    QList<QStringList> rows;
    for (const BenchResult &r : m_results) {
        rows.append({r.id, r.what, r.n > 0 ? QString::number(r.n) : QString(),
                     formatValue(r.value, r.unit), r.reference, r.target,
                     !r.met   ? QStringLiteral("-")
                     : *r.met ? QStringLiteral("yes")
                              : QStringLiteral("NO"),
                     r.load});
    }
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QString text = QStringLiteral("|");
        for (qsizetype i = 0; i < cells.size(); ++i)
            text +=
                QLatin1Char(' ') + cells.at(i).leftJustified(widths.at(i)) + QStringLiteral(" |");
        return text + QLatin1Char('\n');
    };
    QString out = line(header);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    out += line(rule);
    for (const QStringList &row : rows)
        out += line(row);
    for (const QString &failure : m_failures)
        out += QStringLiteral("FAILED ") + failure + QLatin1Char('\n');
    return out;
}

QByteArray BenchReport::json() const
{
    QJsonArray results;
    for (const BenchResult &r : m_results) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("measurement"), r.what},
                      {QStringLiteral("value"), r.value},
                      {QStringLiteral("unit"), r.unit},
                      {QStringLiteral("reference"), r.reference},
                      {QStringLiteral("target"), r.target},
                      {QStringLiteral("load"), r.load},
                      {QStringLiteral("details"), r.details}};
        if (r.n > 0)
            o.insert(QStringLiteral("n"), r.n);
        if (r.met)
            o.insert(QStringLiteral("met"), *r.met);
        results.append(o);
    }
    QJsonArray failures;
    for (const QString &failure : m_failures)
        failures.append(failure);
    return QJsonDocument(QJsonObject{{QStringLiteral("machine"), machine()},
                                     {QStringLiteral("results"), results},
                                     {QStringLiteral("failures"), failures}})
        .toJson(QJsonDocument::Indented);
}
