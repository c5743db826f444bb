#include "ui/web/FeedsDialog.h"

#include "base/LocalFileReader.h"
#include "base/SafeFileWriter.h"
#include "feeds/FeedStore.h"
#include "feeds/Opml.h"
#include "library/LibraryDatabase.h"
#include "ui/library/PlainToolTip.h"
#include "ui/web/WebWorker.h"
#include "ui/window/WindowEvents.h"
#include "ui/window/WindowHost.h"
#include "web/Downloader.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pathak::ui {

namespace {
enum Column { TitleColumn, SavedColumn, CheckedColumn, StatusColumn, ColumnCount };
}

FeedsDialog::FeedsDialog(WindowHost *window)
    : QDialog(&window->widget()), m_window(window), m_list(new QTreeWidget(this)),
      m_addButton(new QPushButton(tr("&Add…"), this)), m_refreshButton(new QPushButton(tr("&Refresh"), this)),
      m_refreshAllButton(new QPushButton(tr("Refresh a&ll"), this)),
      m_removeButton(new QPushButton(tr("Re&move"), this)),
      m_importButton(new QPushButton(tr("&Import OPML…"), this)),
      m_exportButton(new QPushButton(tr("&Export OPML…"), this)),
      m_stopButton(new QPushButton(tr("&Stop"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    // Errors and paths from feeds and files, never markup.
    m_status->setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("feedsDialog"));
    setWindowTitle(tr("Feeds"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Feed"), tr("Saved"), tr("Last refresh"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(TitleColumn, 300);
    // Counts and dates are short: sized to what they hold, the rest goes to the status.
    m_list->header()->setSectionResizeMode(SavedColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CheckedColumn, QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("feedsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_stopButton->setVisible(false);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b :
         {m_addButton, m_refreshButton, m_refreshAllButton, m_removeButton, m_importButton, m_exportButton})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_stopButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    layout->addWidget(close);
    resize(760, 380);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(m_addButton, &QPushButton::clicked, this, &FeedsDialog::addFeed);
    connect(m_refreshButton, &QPushButton::clicked, this, &FeedsDialog::refreshSelected);
    connect(m_refreshAllButton, &QPushButton::clicked, this, [this] { refresh({}); });
    connect(m_removeButton, &QPushButton::clicked, this, &FeedsDialog::removeSelected);
    connect(m_importButton, &QPushButton::clicked, this, &FeedsDialog::importOpml);
    connect(m_exportButton, &QPushButton::clicked, this, &FeedsDialog::exportOpml);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &FeedsDialog::updateButtons);
    reload();
}

FeedsDialog::~FeedsDialog()
{
    if (m_worker) {
        m_worker->cancel();
        m_worker->wait();
    }
}

int FeedsDialog::feedCount() const
{
    return m_list->topLevelItemCount();
}

void FeedsDialog::reload()
{
    const QList<qint64> selected = selectedIds();
    m_list->clear();
    FeedStore store(m_window->database());
    Result<QList<FeedInfo>> feeds = store.feeds();
    if (!feeds) {
        m_status->setText(tr("Cannot read the feeds: %1").arg(feeds.error()));
        return;
    }
    for (const FeedInfo &f : feeds.value()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(TitleColumn, Qt::UserRole, f.id);
        item->setText(TitleColumn, f.title.isEmpty() ? f.url : f.title);
        item->setToolTip(TitleColumn, PlainToolTip::of(f.url));
        item->setText(SavedColumn, QString::number(f.savedItems));
        item->setText(CheckedColumn,
                      f.lastCheckedAt.isValid()
                          ? QLocale().toString(f.lastCheckedAt.toLocalTime(), QLocale::ShortFormat)
                          : tr("never"));
        // A feed that failed again and again waits: say until when.
        const QString status =
            f.nextAttemptAt.isValid()
                ? tr("Next attempt after %1: %2")
                      .arg(QLocale().toString(f.nextAttemptAt.toLocalTime(), QLocale::ShortFormat),
                           f.lastError)
                : f.lastError;
        item->setText(StatusColumn, f.lastError.isEmpty() ? tr("OK") : status);
        item->setToolTip(StatusColumn, PlainToolTip::of(status));
        if (!f.lastError.isEmpty())
            item->setForeground(StatusColumn, QColor(0xB0, 0x1C, 0x1C));
        item->setSelected(selected.contains(f.id));
    }
    updateButtons();
}

QList<qint64> FeedsDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        ids.append(item->data(TitleColumn, Qt::UserRole).toLongLong());
    return ids;
}

void FeedsDialog::updateButtons()
{
    const bool busy = m_worker != nullptr;
    const bool selection = !m_list->selectedItems().isEmpty();
    m_addButton->setEnabled(!busy);
    m_refreshButton->setEnabled(!busy && selection);
    m_refreshAllButton->setEnabled(!busy && feedCount() > 0);
    m_removeButton->setEnabled(!busy && selection);
    m_importButton->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_stopButton->setVisible(busy);
}

bool FeedsDialog::start(WebWorker *worker, const QString &what)
{
    if (m_worker) {
        delete worker;
        return false;
    }
    m_worker = worker;
    m_imported = 0;
    m_failedFeeds = 0;
    m_status->setText(what);
    m_progress->setRange(0, 0);
    connect(worker, &WebWorker::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(worker, &WebWorker::feedFinished, this, &FeedsDialog::onFeedFinished);
    connect(worker, &WebWorker::failed, this, [this](const QString &error) { m_status->setText(error); });
    connect(worker, &QThread::finished, this, &FeedsDialog::onWorkerDone);
    updateButtons();
    worker->start();
    return true;
}

bool FeedsDialog::subscribe(const QString &url)
{
    if (!Downloader::isSupportedUrl(QUrl(url, QUrl::StrictMode))) {
        m_status->setText(tr("%1 is not an http or https address.").arg(url));
        return false;
    }
    return start(new WebWorker(m_window->database().path(), WebWorker::Task::Subscribe, {url}, {}, this),
                 tr("Subscribing to %1…").arg(url));
}

bool FeedsDialog::refresh(const QList<qint64> &ids)
{
    return start(new WebWorker(m_window->database().path(), WebWorker::Task::Refresh, {}, ids, this),
                 ids.isEmpty() ? tr("Refreshing all feeds…")
                               : tr("Refreshing %n feed(s)…", nullptr, int(ids.size())));
}

void FeedsDialog::onFeedFinished(const FeedRefreshResult &r)
{
    m_imported += r.imported;
    if (!r.ok()) {
        ++m_failedFeeds;
        // A subscription that failed has no row to show its error in.
        if (r.feedId == 0) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Feeds"),
                                        tr("Could not subscribe to %1:\n%2").arg(r.url, r.error),
                                        QMessageBox::Ok, this);
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    reload();
    if (r.imported > 0)
        m_window->reloadLibrary();
}

void FeedsDialog::onWorkerDone()
{
    if (m_worker)
        m_worker->deleteLater();
    m_worker = nullptr;
    // Two sentences, each with its own count, so that both take their
    // language's plural form ("1 feed", "2 feeds").
    QString status = tr("%n new article(s) saved.", nullptr, m_imported);
    if (m_failedFeeds)
        status += QLatin1Char(' ') + tr("%n feed(s) had errors (see Status).", nullptr, m_failedFeeds);
    m_status->setText(status);
    reload();
    Q_EMIT workFinished();
}

void FeedsDialog::addFeed()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Add feed"), tr("Address of an RSS or Atom feed:"),
                                              QLineEdit::Normal, QString(), &ok)
                            .trimmed();
    if (ok && !url.isEmpty())
        subscribe(url);
}

void FeedsDialog::refreshSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        refresh(ids);
}

void FeedsDialog::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove feeds"),
                              tr("Unsubscribe from %n feed(s)? Articles already saved stay in the library.",
                                 nullptr, int(ids.size()))) != QMessageBox::Yes)
        return;
    FeedStore store(m_window->database());
    for (qint64 id : ids) {
        if (Status s = store.remove(id); !s)
            m_status->setText(s.error());
    }
    reload();
}

void FeedsDialog::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import OPML"), QString(),
                                                      tr("OPML files (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> bytes = LocalFileReader::read(path, Opml::maxFileSize);
    if (!bytes) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, bytes.error()));
        return;
    }
    Result<QList<OpmlFeed>> list = Opml::parse(bytes.value());
    if (!list) {
        m_status->setText(tr("%1: %2").arg(path, list.error()));
        return;
    }
    FeedStore store(m_window->database());
    int added = 0;
    for (const OpmlFeed &f : list.value()) {
        if (Downloader::isSupportedUrl(QUrl(f.xmlUrl, QUrl::StrictMode)) && store.add(f.xmlUrl, f.title))
            ++added;
    }
    m_status->setText(tr("%n feed(s) added; refresh to save their articles.", nullptr, added));
    reload();
}

void FeedsDialog::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export OPML"), QStringLiteral("feeds.opml"),
                                                      tr("OPML files (*.opml)"));
    if (path.isEmpty())
        return;
    FeedStore store(m_window->database());
    Result<QList<FeedInfo>> feeds = store.feeds();
    if (!feeds) {
        m_status->setText(feeds.error());
        return;
    }
    QList<OpmlFeed> list;
    for (const FeedInfo &f : feeds.value())
        list.append({f.title, f.url, f.siteUrl});
    if (Status written = SafeFileWriter::write(path, Opml::write(list, tr("Pathak feeds"))); !written) {
        m_status->setText(tr("Cannot write %1: %2").arg(path, written.error()));
        return;
    }
    m_status->setText(tr("%n feed(s) exported to %1.", nullptr, int(list.size())).arg(path));
}

} // namespace pathak::ui
