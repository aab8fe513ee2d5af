#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>

class FetchAll;
class KonnectClient;
class SecretModel;

// Streams a config store's secrets into a SecretModel, page by page, so the
// first rows show at once. load() first cancels whatever load is running and
// resets the model: rows of the previous store never show up afterwards.
class SecretLoader : public QObject
{
    Q_OBJECT

public:
    SecretLoader(KonnectClient *client, SecretModel *model, QObject *parent = nullptr);
    ~SecretLoader() override;

    void load(const QString &controlPlaneId, const QString &storeId);
    // Stops the running load (the rows so far stay); finished is not emitted.
    void cancel();

    bool isLoading() const { return !m_fetch.isNull(); }
    QString controlPlaneId() const { return m_controlPlaneId; }
    QString storeId() const { return m_storeId; }

signals:
    void started();
    void progress(int rowsSoFar);
    // Once per load that was not cancelled; error.isError() is false on success.
    void finished(const ApiError &error);

private:
    KonnectClient *m_client;
    SecretModel *m_model;
    QPointer<FetchAll> m_fetch;
    QString m_controlPlaneId;
    QString m_storeId;
    quint64 m_loadId = 0;
};
