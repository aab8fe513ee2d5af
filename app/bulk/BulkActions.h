#pragma once

#include <QObject>
#include <QPointer>

class KonnectClient;
class QAction;
class QWidget;
class SecretBrowser;

// "Import secrets…" and "Export references…" for the store the secret
// browser shows. Imported secrets are upserted into the browser's model.
class BulkActions : public QObject
{
    Q_OBJECT

public:
    BulkActions(KonnectClient *client, SecretBrowser *browser, QWidget *dialogParent);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    void openImport();
    void openExport();

private:
    void updateActions();

    KonnectClient *m_client;
    SecretBrowser *m_browser;
    QWidget *m_parent;
    QAction *m_import;
    QAction *m_export;
};
