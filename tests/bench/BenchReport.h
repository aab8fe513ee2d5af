#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One line of the benchmark's table.
struct BenchResult
{
    QString id;   // "B1" ... "B6"
    QString what; // "load: first row visible"
    int n = 0;    // rows or items; 0 when it does not apply
    double value = 0;
    QString unit;      // "ms", "MB", "x"
    QString reference; // what the value is compared with, e.g. "floor 41.0 ms"
    QString target;    // e.g. "<= 1.15 x floor"
    std::optional<bool> met;
    QString load; // the 1-minute load average when it was measured
    QJsonObject details;
};

// Collects the results; prints them as a table or as JSON.
class BenchReport
{
public:
    void add(BenchResult result);
    void fail(const QString &id, const QString &message);
    bool hasFailures() const { return !m_failures.isEmpty(); }
    const QList<BenchResult> &results() const { return m_results; }

    QString table() const;
    QByteArray json() const;

    // "4.12 2.01 0.88" from /proc/loadavg.
    static QString loadAverage();
    // nproc, CPU model, RAM, Qt version, build type.
    static QJsonObject machine();
    static QString machineLine();

private:
    QList<BenchResult> m_results;
    QStringList m_failures;
};

// Nearest-rank percentile (p in 0..100) of the values; 0 when empty.
double percentile(QList<double> values, double p);
inline double median(const QList<double> &values)
{
    return percentile(values, 50);
}
