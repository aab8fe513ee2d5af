// The fault matrix: every KonnectClient operation against every fault the
// sandbox can inject, one fresh demo seed per cell. Each cell must end the way
// a user needs: retried and succeeded, or a clear error (an ApiError kind and
// a sentence that says what to do); a POST is never replayed after a 5xx, a
// dropped connection or a timeout (only after a 429, which the server did not
// act on), so nothing is ever created twice. The matrix is printed as a table.
#include "ApiTestEnvironment.h"
#include "SandboxSeed.h"

#include <QElapsedTimer>

#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>
#include <memory>
#include <vector>

namespace {

namespace SeedIds = Sandbox::SeedIds;

// What the test needs from one operation, whatever its result type.
struct Operation
{
    QString name;
    QString method;
    QString path; // regular expression for the sandbox's fault matcher
    // Sends the request; `done` gets the outcome (no error on success).
    std::function<void(KonnectClient &, QObject *, std::function<void(const ApiError &)>)> run;
};

template<typename T>
ApiCallback<T> report(std::function<void(const ApiError &)> done)
{
    return [done](const ApiResult<T> &result) { done(result.error()); };
}

struct Column
{
    QString name;
    Sandbox::Fault fault;
};

enum class Expect { Ok, RetriedOk, OkEitherWay, Error };

struct Expected
{
    Expect outcome = Expect::Ok;
    ApiError::Kind kind = ApiError::Kind::None;
    int status = 0;
};

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("None");
    case ApiError::Kind::Validation:
        return QStringLiteral("Validation");
    case ApiError::Kind::InsecureUrl:
        return QStringLiteral("InsecureUrl");
    case ApiError::Kind::Network:
        return QStringLiteral("Network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Kind::Http:
        return QStringLiteral("Http");
    case ApiError::Kind::InvalidResponse:
        return QStringLiteral("InvalidResponse");
    }
    return QString();
}

const int DelayTimeoutMs = 500; // the client's transfer timeout in the "slow" column
const int DelayMs = 1500;       // how long the sandbox takes there

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    const QString cp = QString::fromLatin1(SeedIds::PaymentsControlPlane);
    const QString store = QString::fromLatin1(SeedIds::PaymentsStore);
    const QString storeToDelete = QString::fromLatin1(SeedIds::PaymentsLegacyStore);
    const QString newStoreName = QStringLiteral("matrix-store");
    const QString newKey = QStringLiteral("matrix-new-key");
    const QString newVaultPrefix = QStringLiteral("matrix-env");
    // Existing entities, a different one per operation: a column's cells run at once.
    QStringList secretKeys; // get, update, delete
    QList<Vault> vaults;    // get, upsert, delete

    QList<Operation> operations() const
    {
        const QString cpPath = QStringLiteral("^/v2/control-planes/") + cp;
        const QString storesPath = cpPath + QStringLiteral("/config-stores");
        const QString storePath = storesPath + QLatin1Char('/') + store;
        const QString secretsPath = storePath + QStringLiteral("/secrets");
        const QString vaultsPath = cpPath + QStringLiteral("/core-entities/vaults");
        const QString cpId = cp, storeId = store, deleteId = storeToDelete;
        const QString getKey = secretKeys.at(0), putKey = secretKeys.at(1),
                      deleteKey = secretKeys.at(2);
        const QString name = newStoreName, created = newKey;
        const Vault existing = vaults.at(0), gone = vaults.at(2);
        Vault fresh;
        fresh.name = QStringLiteral("env");
        fresh.prefix = newVaultPrefix;
        fresh.description = QStringLiteral("made by the fault matrix");
        Vault changed = vaults.at(1);
        changed.description = QStringLiteral("changed by the fault matrix");
        using Done = std::function<void(const ApiError &)>;
        return {
            {QStringLiteral("list control planes"), QStringLiteral("GET"),
             QStringLiteral("^/v2/control-planes$"),
             [](KonnectClient &c, QObject *o, Done d) {
                 c.listControlPlanes({}, {}, o, report<Page<ControlPlane>>(d));
             }},
            {QStringLiteral("get control plane"), QStringLiteral("GET"), cpPath + QLatin1Char('$'),
             [cpId](KonnectClient &c, QObject *o, Done d) {
                 c.getControlPlane(cpId, o, report<ControlPlane>(d));
             }},
            {QStringLiteral("get users/me"), QStringLiteral("GET"),
             QStringLiteral("^/v3/users/me$"),
             [](KonnectClient &c, QObject *o, Done d) { c.getUsersMe(o, report<User>(d)); }},
            {QStringLiteral("get organizations/me"), QStringLiteral("GET"),
             QStringLiteral("^/v3/organizations/me$"),
             [](KonnectClient &c, QObject *o, Done d) {
                 c.getOrganizationsMe(o, report<Organization>(d));
             }},
            {QStringLiteral("list config stores"), QStringLiteral("GET"),
             storesPath + QLatin1Char('$'),
             [cpId](KonnectClient &c, QObject *o, Done d) {
                 c.listConfigStores(cpId, {}, o, report<Page<ConfigStore>>(d));
             }},
            {QStringLiteral("create config store"), QStringLiteral("POST"),
             storesPath + QLatin1Char('$'),
             [cpId, name](KonnectClient &c, QObject *o, Done d) {
                 c.createConfigStore(cpId, name, o, report<ConfigStore>(d));
             }},
            {QStringLiteral("get config store"), QStringLiteral("GET"),
             storePath + QLatin1Char('$'),
             [cpId, storeId](KonnectClient &c, QObject *o, Done d) {
                 c.getConfigStore(cpId, storeId, o, report<ConfigStore>(d));
             }},
            {QStringLiteral("update config store"), QStringLiteral("PUT"),
             storePath + QLatin1Char('$'),
             [cpId, storeId](KonnectClient &c, QObject *o, Done d) {
                 c.updateConfigStore(cpId, storeId, QStringLiteral("matrix-renamed"), o,
                                     report<ConfigStore>(d));
             }},
            {QStringLiteral("delete config store"), QStringLiteral("DELETE"),
             storesPath + QLatin1Char('/') + deleteId + QLatin1Char('$'),
             [cpId, deleteId](KonnectClient &c, QObject *o, Done d) {
                 c.deleteConfigStore(cpId, deleteId, true, o, report<NoContent>(d));
             }},
            {QStringLiteral("list secrets"), QStringLiteral("GET"), secretsPath + QLatin1Char('$'),
             [cpId, storeId](KonnectClient &c, QObject *o, Done d) {
                 c.listConfigStoreSecrets(cpId, storeId, {}, o, report<Page<ConfigStoreSecret>>(d));
             }},
            {QStringLiteral("create secret"), QStringLiteral("POST"),
             secretsPath + QLatin1Char('$'),
             [cpId, storeId, created](KonnectClient &c, QObject *o, Done d) {
                 c.createConfigStoreSecret(cpId, storeId, created,
                                           QStringLiteral("made-up matrix value"), o,
                                           report<ConfigStoreSecret>(d));
             }},
            {QStringLiteral("get secret"), QStringLiteral("GET"),
             secretsPath + QLatin1Char('/') + QRegularExpression::escape(getKey) + QLatin1Char('$'),
             [cpId, storeId, getKey](KonnectClient &c, QObject *o, Done d) {
                 c.getConfigStoreSecret(cpId, storeId, getKey, o, report<ConfigStoreSecret>(d));
             }},
            {QStringLiteral("update secret"), QStringLiteral("PUT"),
             secretsPath + QLatin1Char('/') + QRegularExpression::escape(putKey) + QLatin1Char('$'),
             [cpId, storeId, putKey](KonnectClient &c, QObject *o, Done d) {
                 c.updateConfigStoreSecret(cpId, storeId, putKey,
                                           QStringLiteral("made-up rotated value"), o,
                                           report<ConfigStoreSecret>(d));
             }},
            {QStringLiteral("delete secret"), QStringLiteral("DELETE"),
             secretsPath + QLatin1Char('/') + QRegularExpression::escape(deleteKey) +
                 QLatin1Char('$'),
             [cpId, storeId, deleteKey](KonnectClient &c, QObject *o, Done d) {
                 c.deleteConfigStoreSecret(cpId, storeId, deleteKey, o, report<NoContent>(d));
             }},
            {QStringLiteral("list vaults"), QStringLiteral("GET"), vaultsPath + QLatin1Char('$'),
             [cpId](KonnectClient &c, QObject *o, Done d) {
                 c.listVaults(cpId, {}, {}, o, report<Page<Vault>>(d));
             }},
            {QStringLiteral("create vault"), QStringLiteral("POST"), vaultsPath + QLatin1Char('$'),
             [cpId, fresh](KonnectClient &c, QObject *o, Done d) {
                 c.createVault(cpId, fresh, o, report<Vault>(d));
             }},
            {QStringLiteral("get vault"), QStringLiteral("GET"),
             vaultsPath + QLatin1Char('/') + existing.id + QLatin1Char('$'),
             [cpId, existing](KonnectClient &c, QObject *o, Done d) {
                 c.getVault(cpId, existing.id, o, report<Vault>(d));
             }},
            {QStringLiteral("upsert vault"), QStringLiteral("PUT"),
             vaultsPath + QLatin1Char('/') + changed.id + QLatin1Char('$'),
             [cpId, changed](KonnectClient &c, QObject *o, Done d) {
                 c.upsertVault(cpId, changed.id, changed, o, report<Vault>(d));
             }},
            {QStringLiteral("delete vault"), QStringLiteral("DELETE"),
             vaultsPath + QLatin1Char('/') + gone.id + QLatin1Char('$'),
             [cpId, gone](KonnectClient &c, QObject *o, Done d) {
                 c.deleteVault(cpId, gone.id, o, report<NoContent>(d));
             }},
        };
    }

    static QList<Column> columns()
    {
        using Sandbox::FaultKind;
        using Sandbox::RetryAfterStyle;
        auto make = [](const char *name, FaultKind kind, int status = 0,
                       RetryAfterStyle retryAfter = RetryAfterStyle::None) {
            Column column;
            column.name = QString::fromUtf8(name);
            column.fault.kind = kind;
            column.fault.status = status;
            column.fault.retryAfter = retryAfter;
            column.fault.retryAfterSeconds = 1;
            column.fault.delayMs = DelayMs;
            column.fault.times = 1;
            return column;
        };
        return {
            make("429 Retry-After s", FaultKind::TooManyRequests, 0, RetryAfterStyle::Seconds),
            make("429 Retry-After date", FaultKind::TooManyRequests, 0, RetryAfterStyle::HttpDate),
            make("429 no header", FaultKind::TooManyRequests),
            make("500", FaultKind::ServerError, 500),
            make("502", FaultKind::ServerError, 502),
            make("503", FaultKind::ServerError, 503),
            make("504", FaultKind::ServerError, 504),
            make("dropped mid-body", FaultKind::DropMidBody),
            make("closed before answer", FaultKind::ConnectionClosed),
            make("slower than timeout", FaultKind::Delay),
            make("malformed JSON", FaultKind::MalformedJson),
            make("HTML error page", FaultKind::HtmlErrorPage, 502),
            make("empty 200", FaultKind::EmptyOk),
            make("wrong content type", FaultKind::WrongContentType),
        };
    }

    // The client's policy (RetryPolicy, ApiCall::isRetryable) for one cell.
    static Expected expected(const Operation &op, const Column &column)
    {
        using Sandbox::FaultKind;
        const bool idempotent = op.method != QLatin1String("POST");
        switch (column.fault.kind) {
        case FaultKind::TooManyRequests:
            return {Expect::RetriedOk}; // never acted on: safe to send again, POST too
        case FaultKind::ServerError:
        case FaultKind::HtmlErrorPage:
            if (column.fault.status != 500 && idempotent)
                return {Expect::RetriedOk};
            return {Expect::Error, ApiError::Kind::Http, column.fault.status};
        case FaultKind::DropMidBody:
            // The server acted; the answer was lost. Only idempotent requests are repeated.
            // A 204 has no body, so the connection closes before a byte of the answer: Qt
            // itself sends the DELETE again at once (no retry of ours) and gets 404. Only
            // delete-vault documents 204 for an absent resource; elsewhere a 404 on what
            // the client sees as its first attempt cannot be told from a key the server
            // could not route, so it is reported (the row stays; a refresh shows it gone).
            if (op.name == QLatin1String("delete vault"))
                return {Expect::OkEitherWay};
            if (op.method == QLatin1String("DELETE"))
                return {Expect::Error, ApiError::Kind::Http, 404};
            return idempotent ? Expected{Expect::RetriedOk}
                              : Expected{Expect::Error, ApiError::Kind::Network};
        case FaultKind::ConnectionClosed:
            // Not a byte of answer and the server did not act: Qt's HTTP channel sends a
            // request it can send again once more by itself (no retry of ours); a POST's
            // body cannot be sent again (OneShotBody), so it fails and was never acted on.
            return idempotent ? Expected{Expect::OkEitherWay}
                              : Expected{Expect::Error, ApiError::Kind::Network};
        case FaultKind::Delay:
            return idempotent ? Expected{Expect::RetriedOk}
                              : Expected{Expect::Error, ApiError::Kind::Timeout};
        case FaultKind::MalformedJson:
        case FaultKind::EmptyOk:
            return {Expect::Error, ApiError::Kind::InvalidResponse, 200};
        case FaultKind::WrongContentType:
            // A 204 has no body to label: a DELETE still succeeds.
            if (op.method == QLatin1String("DELETE"))
                return {Expect::Ok};
            return {Expect::Error, ApiError::Kind::InvalidResponse};
        }
        return {};
    }

    void reset() { QVERIFY(env.reset()); }

    // How many of what a POST creates exist now (to prove nothing was created twice).
    int createdCount(const Operation &op)
    {
        if (op.name == QLatin1String("create config store"))
            return storesNamed(env, cp, newStoreName);
        if (op.name == QLatin1String("create secret"))
            return env.sandbox.secretValue(cp, store, newKey).has_value() ? 1 : 0;
        if (op.name == QLatin1String("create vault")) {
            Awaited<Page<Vault>> vaults;
            PageRequest page;
            page.size = 1000;
            env.client.listVaults(cp, {}, page, this, vaults.callback());
            [&] { AWAIT_OK(vaults); }();
            int count = 0;
            for (const Vault &v : vaults.value().items)
                count += v.prefix == newVaultPrefix ? 1 : 0;
            return count;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(env.start());
        Awaited<Page<ConfigStoreSecret>> secrets;
        env.client.listConfigStoreSecrets(cp, store, {}, this, secrets.callback());
        AWAIT_OK(secrets);
        QVERIFY(secrets.value().items.size() >= 3);
        for (int i = 0; i < 3; ++i)
            secretKeys.append(secrets.value().items.at(i).key);
        for (const char *prefix : {"env-vars", "aws-prod", "hashicorp"}) {
            Awaited<Vault> existing;
            env.client.getVault(cp, QString::fromLatin1(prefix), this, existing.callback());
            AWAIT_OK(existing);
            QVERIFY(!existing.value().id.isEmpty());
            vaults.append(existing.value());
        }
    }

    void matrix()
    {
        const QList<Operation> ops = operations();
        const QList<Column> cols = columns();
        QHash<QString, QString> cells; // "row|column" -> outcome
        QStringList failures;
        QElapsedTimer total;
        total.start();

        // One client (and connection pool) per cell, so a column's cells run at once
        // without queueing behind each other's delayed answers.
        struct Cell
        {
            QNetworkAccessManager network;
            KonnectClient client{&network};
            QSignalSpy retrying{&client, &KonnectClient::retrying};
            std::optional<ApiError> outcome;
        };

        for (const Column &column : cols) {
            reset();
            QHash<QString, int> createdBefore;
            for (const Operation &op : ops) {
                if (op.method == QLatin1String("POST"))
                    createdBefore.insert(op.name, createdCount(op));
            }
            env.sandbox.clearRequests();
            RetryPolicy policy = ApiTestEnvironment::fastRetries();
            if (column.fault.kind == Sandbox::FaultKind::Delay)
                policy.transferTimeoutMs = DelayTimeoutMs;

            std::vector<std::unique_ptr<Cell>> running;
            for (const Operation &op : ops) {
                Sandbox::Fault fault = column.fault;
                fault.method = op.method;
                fault.path = QRegularExpression(op.path);
                env.sandbox.addFault(fault);
                auto cell = std::make_unique<Cell>();
                cell->client.setEndpoint(env.client.endpoint());
                cell->client.setToken(env.sandbox.token());
                cell->client.setRetryPolicy(policy);
                running.push_back(std::move(cell));
            }
            for (int i = 0; i < ops.size(); ++i) {
                Cell *cell = running.at(size_t(i)).get();
                ops.at(i).run(cell->client, this, [cell](const ApiError &e) { cell->outcome = e; });
            }
            // Every cell ends (a stalled call by its transfer timeout), however
            // slow the machine: no bound on how long each took.
            QTRY_VERIFY_WITH_TIMEOUT(
                std::all_of(running.cbegin(), running.cend(),
                            [](const auto &c) { return c->outcome.has_value(); }),
                30000);
            const auto requests = env.sandbox.requests();

            for (int i = 0; i < ops.size(); ++i) {
                const Operation &op = ops.at(i);
                const Cell &run = *running.at(size_t(i));
                const ApiError error = *run.outcome;
                const qsizetype retries = run.retrying.count();
                const QString where = op.name + QStringLiteral(" × ") + column.name;

                QString cell;
                if (!error.isError())
                    cell = retries == 0 ? QStringLiteral("ok") : QStringLiteral("retried→ok");
                else
                    cell = QStringLiteral("error: ") + kindName(error.kind()) +
                           (error.kind() == ApiError::Kind::Http
                                ? QLatin1Char(' ') + QString::number(error.httpStatus())
                                : QString());
                cells.insert(op.name + QLatin1Char('|') + column.name, cell);

                auto fail = [&](const QString &why) {
                    failures.append(where + QStringLiteral(": ") + why + QStringLiteral(" (got ") +
                                    cell + QStringLiteral(", \"") + error.message() +
                                    QStringLiteral("\")"));
                };

                const Expected want = expected(op, column);
                switch (want.outcome) {
                case Expect::Ok:
                    if (error.isError() || retries != 0)
                        fail(QStringLiteral("expected ok without a retry"));
                    break;
                case Expect::RetriedOk:
                    if (error.isError() || retries != 1)
                        fail(QStringLiteral("expected one retry, then success"));
                    break;
                case Expect::OkEitherWay:
                    if (error.isError() || retries > 1)
                        fail(QStringLiteral("expected success"));
                    break;
                case Expect::Error:
                    if (!error.isError() || error.kind() != want.kind)
                        fail(QStringLiteral("expected error kind ") + kindName(want.kind));
                    else if (want.kind == ApiError::Kind::Http && error.httpStatus() != want.status)
                        fail(QStringLiteral("expected HTTP ") + QString::number(want.status));
                    else if (error.attempts() != 1 || retries != 0)
                        fail(QStringLiteral("an error that is not retried must be sent once"));
                    break;
                }
                if (error.isError()) {
                    // A sentence a person can act on, never a raw body.
                    const QString message = error.message();
                    if (!message.contains(QStringLiteral("try again"), Qt::CaseInsensitive))
                        fail(QStringLiteral("the message does not say what to do"));
                    if (message.contains(QLatin1String("<html"), Qt::CaseInsensitive) ||
                        message.contains(QLatin1String("{\"data\"")))
                        fail(QStringLiteral("the message shows a raw body"));
                }
                // The 429's Retry-After is what the client waited.
                if (column.fault.kind == Sandbox::FaultKind::TooManyRequests && retries > 0) {
                    const int delay = run.retrying.constFirst().at(1).toInt();
                    const bool honoured =
                        column.fault.retryAfter == Sandbox::RetryAfterStyle::Seconds ? delay == 1000
                        : column.fault.retryAfter == Sandbox::RetryAfterStyle::HttpDate
                            ? delay >= 0 && delay <= 2000
                            : delay >= 10 && delay <= 20; // fastRetries' first backoff
                    if (!honoured)
                        fail(QStringLiteral("waited %1 ms before the retry").arg(delay));
                }
                // A POST is sent once, unless it met a 429; what it creates exists at most once.
                if (op.method == QLatin1String("POST")) {
                    const bool rateLimited =
                        column.fault.kind == Sandbox::FaultKind::TooManyRequests;
                    const qsizetype sent = error.isError() ? error.attempts() : 1 + retries;
                    if (sent != (rateLimited ? 2 : 1))
                        fail(QStringLiteral("the client sent the POST %1 times").arg(sent));
                    const QRegularExpression path(op.path);
                    int recorded = 0;
                    for (const auto &request : requests)
                        recorded +=
                            request.method == op.method && path.match(request.path).hasMatch();
                    // A timed-out request is never recorded: the client hung up first.
                    if (recorded > (rateLimited ? 2 : 1))
                        fail(QStringLiteral("the sandbox saw %1 POSTs").arg(recorded));
                    const int created = createdCount(op) - createdBefore.value(op.name);
                    if (created > 1)
                        fail(QStringLiteral("created %1 times").arg(created));
                    if (!error.isError() && created != 1)
                        fail(QStringLiteral("reported success but nothing was created"));
                }
            }
        }

        // The table: operations down, faults across.
        int firstWidth = 0;
        for (const Operation &op : ops)
            firstWidth = qMax(firstWidth, int(op.method.size() + 1 + op.name.size()));
        QStringList header{QString(firstWidth, QLatin1Char(' '))};
        QList<int> widths;
        for (const Column &column : cols) {
            int width = int(column.name.size());
            for (const Operation &op : ops)
                width =
                    qMax(width, int(cells.value(op.name + QLatin1Char('|') + column.name).size()));
            widths.append(width);
            header.append(column.name.leftJustified(width));
        }
        qInfo().noquote() << "Fault matrix (rows: operations, columns: injected fault; each cell "
                             "on a fresh seed, the fault applied once):";
        qInfo().noquote() << header.join(QStringLiteral(" | "));
        for (const Operation &op : ops) {
            QStringList row{
                QString(op.method + QLatin1Char(' ') + op.name).leftJustified(firstWidth)};
            for (int i = 0; i < cols.size(); ++i)
                row.append(cells.value(op.name + QLatin1Char('|') + cols.at(i).name)
                               .leftJustified(widths.at(i)));
            qInfo().noquote() << row.join(QStringLiteral(" | "));
        }
        qInfo().noquote() << "POST cells: sent once (twice after a 429), created at most once;"
                          << "every error carries a message that says what to do."
                          << QStringLiteral("Total %1 ms.").arg(total.elapsed());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // A server that reads a request and hangs up without a byte of answer: Qt's
    // HTTP channel would send the request again on a new connection by itself.
    // For a POST that could create the entity twice, so it must not happen.
    void postIsNotResentWhenTheConnectionClosesBeforeAnswering_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("maxSeen");
        QTest::newRow("POST") << QByteArray("POST") << 1;
        QTest::newRow("DELETE") << QByteArray("DELETE") << 3; // idempotent: Qt may resend
    }

    void postIsNotResentWhenTheConnectionClosesBeforeAnswering()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, maxSeen);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int seen = 0;
        QList<QTcpSocket *> sockets;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                sockets.append(socket);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, &seen] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    for (const QByteArray &line : lines) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    ++seen;
                    buffer->clear();
                    socket->close(); // acted on it, then gone: not a byte of answer
                });
            }
        });
        QNetworkAccessManager network;
        KonnectClient client(&network);
        client.setEndpoint(KonnectEndpoint::forCustomUrl(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()))));
        client.setToken(Sandbox::SandboxServer::randomToken());
        RetryPolicy policy = ApiTestEnvironment::fastRetries();
        policy.maxAttempts = 1; // only Qt's own resending is measured here
        client.setRetryPolicy(policy);
        std::optional<ApiError> outcome;
        auto done = [&outcome](const ApiError &e) { outcome = e; };
        if (method == "POST")
            client.createConfigStore(cp, QStringLiteral("hang-up"), this,
                                     report<ConfigStore>(done));
        else
            client.deleteConfigStore(cp, store, false, this, report<NoContent>(done));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        qInfo("%s: the server saw it %d time(s); the client reports: %s", method.constData(), seen,
              qPrintable(outcome->isError() ? outcome->message() : QStringLiteral("ok")));
        QVERIFY(outcome->isError());
        QVERIFY(seen >= 1);
        QVERIFY2(seen <= maxSeen, qPrintable(QStringLiteral("sent %1 times").arg(seen)));
        QVERIFY(!outcome->message().isEmpty());
        qDeleteAll(sockets);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
