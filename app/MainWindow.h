#pragma once

#include <QMainWindow>
#include <QPointer>

class KonnectClient;
class QLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shows the account behind `client`; `sandbox` labels the built-in sandbox.
    void setSession(KonnectClient *client, bool sandbox);
    QString summary() const;

private:
    void refresh();

    QPointer<KonnectClient> m_client;
    QLabel *m_summary = nullptr;
    QLabel *m_environment = nullptr;
    QString m_identity;
    int m_controlPlanes = -1;
};
