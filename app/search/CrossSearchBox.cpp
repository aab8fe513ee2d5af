#include "CrossSearchBox.h"

#include "CrossSearch.h"
#include "SearchIconProxy.h"
#include "SearchResultModel.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int TypingPauseMs = 120; // a fast typist's keystrokes become one query
constexpr int PopupMinimumWidth = 680;
constexpr int PopupHeight = 380;
} // namespace

CrossSearchBox::CrossSearchBox(KonnectClient *client, QWidget *parent)
    : QWidget(parent)
    , m_search(new CrossSearch(client, this))
    , m_model(new SearchResultModel(this))
    , m_proxy(new SearchIconProxy(this))
    , m_edit(new QLineEdit(this))
    , m_focusAction(new QAction(tr("&Search all control planes"), this))
    , m_typing(new QTimer(this))
    , m_popup(new QFrame(parent ? parent->window() : this))
    , m_status(new QLabel(m_popup))
    , m_progress(new QProgressBar(m_popup))
    , m_refresh(new QToolButton(m_popup))
    , m_errors(new QLabel(m_popup))
    , m_view(new QTreeView(m_popup))
{
    setObjectName(QStringLiteral("crossSearch"));
    m_model->follow(m_search);
    m_proxy->setSourceModel(m_model);

    m_edit->setObjectName(QStringLiteral("crossSearchEdit"));
    m_edit->setAccessibleName(tr("Search all control planes"));
    m_edit->setPlaceholderText(tr("Search all control planes (Ctrl+K)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 34);
    m_edit->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_edit);

    // Ctrl+F stays the secret browser's filter.
    m_focusAction->setObjectName(QStringLiteral("crossSearchAction"));
    m_focusAction->setShortcuts({QKeySequence(tr("Ctrl+K")), QKeySequence(tr("Ctrl+Shift+F"))});
    m_focusAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_focusAction);
    connect(m_focusAction, &QAction::triggered, this, [this] {
        m_edit->setFocus(Qt::ShortcutFocusReason);
        m_edit->selectAll();
        m_search->prefetch(); // the index is warm by the time the query is typed
        if (!m_edit->text().trimmed().isEmpty())
            showPopup();
    });

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &CrossSearchBox::runQuery);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_typing->start(); });

    // The results panel: a child of the window, laid over its contents under the box.
    auto *frame = static_cast<QFrame *>(m_popup);
    frame->setObjectName(QStringLiteral("crossSearchPopup"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    m_status->setObjectName(QStringLiteral("crossSearchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("crossSearchProgress"));
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_refresh->setObjectName(QStringLiteral("crossSearchRefresh"));
    m_refresh->setText(tr("Search again"));
    m_refresh->setToolTip(tr("Read every control plane again (the results are kept for the "
                             "session otherwise)"));
    m_refresh->setFocusPolicy(Qt::NoFocus);
    connect(m_refresh, &QToolButton::clicked, m_search, &CrossSearch::refresh);
    m_errors->setObjectName(QStringLiteral("crossSearchErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText); // control-plane names and Konnect's words
    m_errors->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_errors->hide();
    m_view->setObjectName(QStringLiteral("crossSearchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setFocusPolicy(Qt::NoFocus); // typing stays in the box
    m_view->header()->setSectionResizeMode(SearchResultModel::KeyColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    m_view->header()->resizeSection(SearchResultModel::ControlPlaneColumn, charWidth * 24);
    m_view->header()->resizeSection(SearchResultModel::StoreColumn, charWidth * 22);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        m_view->setCurrentIndex(index);
        activateCurrent();
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_refresh);
    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(6, 6, 6, 6);
    popupLayout->addLayout(statusRow);
    popupLayout->addWidget(m_errors);
    popupLayout->addWidget(m_view, 1);
    m_popup->hide();
    if (m_popup->parentWidget() && m_popup->parentWidget() != this)
        m_popup->parentWidget()->installEventFilter(this);

    // The first result is current as soon as it arrives: Enter opens it.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        updateStatus();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CrossSearchBox::updateStatus);
    connect(m_search, &CrossSearch::progress, this, &CrossSearchBox::updateStatus);
    connect(m_search, &CrossSearch::stateChanged, this, &CrossSearchBox::updateStatus);
    connect(m_search, &CrossSearch::controlPlaneFailed, this, &CrossSearchBox::updateStatus);
}

CrossSearchBox::~CrossSearchBox() = default;

void CrossSearchBox::invalidate()
{
    m_search->invalidate();
    if (m_popup->isVisible())
        runQuery(); // shown results come back from the new index
}

void CrossSearchBox::runQuery()
{
    m_typing->stop();
    const QString query = m_edit->text().trimmed();
    m_search->search(query);
    if (query.isEmpty())
        hidePopup();
    else if (m_edit->hasFocus() || m_popup->isVisible())
        showPopup();
}

void CrossSearchBox::showPopup()
{
    placePopup();
    m_popup->show();
    m_popup->raise();
    updateStatus();
}

void CrossSearchBox::hidePopup()
{
    m_popup->hide();
}

void CrossSearchBox::placePopup()
{
    QWidget *host = m_popup->parentWidget();
    if (!host)
        return;
    const QPoint below = m_edit->mapTo(host, QPoint(0, m_edit->height() + 2));
    const int width = qMin(qMax(PopupMinimumWidth, m_edit->width()), host->width() - 8);
    const int x = qBound(4, below.x(), qMax(4, host->width() - width - 4));
    const int height = qMax(120, qMin(PopupHeight, host->height() - below.y() - 8));
    m_popup->setGeometry(x, below.y(), width, height);
}

void CrossSearchBox::moveCurrent(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const QModelIndex next = m_proxy->index(qBound(0, row + delta, rows - 1), 0);
    m_view->setCurrentIndex(next);
    m_view->scrollTo(next);
}

void CrossSearchBox::activateCurrent()
{
    if (m_typing->isActive())
        runQuery(); // Enter right after typing: the results of what is in the box
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        current = m_proxy->index(0, 0);
    if (!current.isValid())
        return;
    const SearchMatch match = m_model->match(m_proxy->mapToSource(current).row());
    hidePopup();
    emit matchActivated(match);
}

bool CrossSearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_popup->parentWidget() && event->type() == QEvent::Resize) {
        if (m_popup->isVisible())
            placePopup(); // the window was resized under the open panel
        return false;
    }
    if (watched != m_edit)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        // Leaving the box closes the panel (unless the focus went into it).
        QTimer::singleShot(0, this, [this] {
            QWidget *focus = QApplication::focusWidget();
            if (!m_edit->hasFocus() && !(focus && m_popup->isAncestorOf(focus)))
                hidePopup();
        });
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const int page = qMax(1, m_view->viewport()->height() / qMax(1, m_view->sizeHintForRow(0)));
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (m_edit->text().trimmed().isEmpty())
            return false;
        if (!m_popup->isVisible())
            showPopup();
        moveCurrent(key->key() == Qt::Key_Down       ? 1
                    : key->key() == Qt::Key_Up       ? -1
                    : key->key() == Qt::Key_PageDown ? page
                                                     : -page);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateCurrent();
        return true;
    case Qt::Key_Escape:
        if (!m_popup->isVisible())
            return false;
        hidePopup();
        return true;
    default:
        return false;
    }
}

QString CrossSearchBox::statusText() const
{
    return m_status->text();
}

void CrossSearchBox::updateStatus()
{
    const int rows = m_model->rowCount();
    const int done = m_search->controlPlanesDone();
    const int total = m_search->controlPlanesTotal();
    const QString found = tr("%n match(es)", nullptr, rows);
    QString text;
    switch (m_search->state()) {
    case CrossSearch::State::Indexing:
        text = total == 0 ? tr("Searching…")
                          : tr("%1 — searching, %2 of %n control plane(s) done", nullptr, total)
                                .arg(found)
                                .arg(done);
        break;
    case CrossSearch::State::Complete:
        text =
            rows == 0
                ? tr("Nothing matches “%1” in %n control plane(s)", nullptr, total)
                      .arg(m_search->query())
                : tr("%1 in %n control plane(s)", nullptr, m_model->controlPlaneCount()).arg(found);
        break;
    case CrossSearch::State::Cancelled:
        text = tr("%1 — search stopped").arg(found);
        break;
    case CrossSearch::State::Empty:
        break;
    }
    m_status->setText(text);
    m_progress->setVisible(m_search->isIndexing());
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_refresh->setEnabled(!m_search->isIndexing());

    const QList<SearchError> errors = m_search->errors();
    QStringList lines;
    for (const SearchError &error : errors)
        lines.append(error.message());
    m_errors->setText(tr("Could not search everything:") + QLatin1Char('\n') +
                      lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
}
