#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;
class VaultFieldEditor;

// The vault editor, generated from the backend table (VaultBackends.h): the
// common fields (prefix, description, tags, backend), then one page per
// backend with its own fields, hcv's auth method sub-groups and a collapsible
// "Advanced" group for the cache times. Values typed on one backend's page
// stay there when the user looks at another backend.
class VaultForm : public QWidget
{
    Q_OBJECT

public:
    explicit VaultForm(QWidget *parent = nullptr);

    // Edit mode when vault.id is set: the prefix is kept (read-only: references
    // use it), sensitive fields are blank and blank means "unchanged".
    void setVault(const Vault &vault);
    // What to send: the original vault (id...) with the form's fields and config.
    Vault vault() const;
    bool isEditing() const { return !m_original.id.isEmpty(); }

    QString backend() const;
    void setBackend(const QString &backend);

    // The konnect backend's choice of store. selectConfigStore() picks one
    // (e.g. right after the user created it from here).
    void setConfigStores(const QList<ConfigStore> &stores);
    void selectConfigStore(const QString &storeId);

    // Checks every field, shows each problem under its field and puts the focus
    // on the first one. True when there is none.
    bool validate();
    // The server's field errors ("prefix", "config.region"...) under their
    // fields; the ones no field matches in a line above the form.
    void showServerErrors(const QList<InvalidParameter> &errors);
    void clearMessages();

    // For tests and for wiring: the input behind a field name ("prefix",
    // "description", "tags", "name", "config.<key>" of the current backend).
    QWidget *fieldWidget(const QString &field) const;
    QString fieldMessage(const QString &field) const;
    QString generalMessage() const;
    bool isAdvancedExpanded() const;
    void setAdvancedExpanded(bool expanded);

signals:
    // "Create a new config store…" was picked: open the store dialog. The form
    // never creates a store itself.
    void createConfigStoreRequested();
    void changed();

private:
    struct Page
    {
        QString backend;
        QWidget *widget = nullptr;
        QList<VaultFieldEditor *> editors;
        QHash<QString, QWidget *> groups; // selector value -> its sub-group
        QToolButton *advancedToggle = nullptr;
        QWidget *advanced = nullptr;
    };

    Page &createPage(const QString &backend);
    Page *currentPage();
    const Page *currentPage() const;
    VaultFieldEditor *editor(const Page &page, const QString &key) const;
    void updateGroups(Page &page);
    QVariantMap values(const Page &page) const;
    QJsonObject previousConfig() const;
    void showBackendPage();
    void validatePrefixLive();
    // Shows errors on their fields; returns the first field's widget.
    QWidget *placeErrors(const QList<InvalidParameter> &errors);
    void setCommonMessage(QLabel *label, const QString &message);

    Vault m_original;
    QLineEdit *m_prefix = nullptr;
    QLabel *m_prefixMessage = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_descriptionMessage = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_tagsMessage = nullptr;
    QComboBox *m_backend = nullptr;
    QLabel *m_backendMessage = nullptr;
    QLabel *m_backendDescription = nullptr;
    QLabel *m_general = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<Page> m_pageList;
    QList<ConfigStore> m_stores;
};
