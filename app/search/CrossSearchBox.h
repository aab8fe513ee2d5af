#pragma once

#include "SearchMatch.h"

#include <QWidget>

class CrossSearch;
class KonnectClient;
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;
class QTreeView;
class SearchIconProxy;
class SearchResultModel;

// The toolbar's search across control planes: a line edit (Ctrl+K or
// Ctrl+Shift+F) and, under it, a results panel that fills as control planes
// answer, with progress and per-control-plane errors. The arrow keys move in
// the results while typing goes on, Enter opens the current one
// (matchActivated), Esc closes the panel.
class CrossSearchBox : public QWidget
{
    Q_OBJECT

public:
    explicit CrossSearchBox(KonnectClient *client, QWidget *parent = nullptr);
    ~CrossSearchBox() override;

    QLineEdit *lineEdit() const { return m_edit; }
    QWidget *popup() const { return m_popup; }
    QTreeView *resultView() const { return m_view; }
    SearchResultModel *model() const { return m_model; }
    CrossSearch *search() const { return m_search; }
    QAction *focusAction() const { return m_focusAction; }
    QString statusText() const;

    // Another session or fresh data (F5): the index is built again.
    void invalidate();
    // Opens the current result (else the first one).
    void activateCurrent();
    void hidePopup();

signals:
    void matchActivated(const SearchMatch &match);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runQuery();
    void showPopup();
    void placePopup();
    void moveCurrent(int delta);
    void updateStatus();

    CrossSearch *m_search;
    SearchResultModel *m_model;
    SearchIconProxy *m_proxy;
    QLineEdit *m_edit;
    QAction *m_focusAction;
    QTimer *m_typing;
    QWidget *m_popup;
    QLabel *m_status;
    QProgressBar *m_progress;
    QToolButton *m_refresh;
    QLabel *m_errors;
    QTreeView *m_view;
};
