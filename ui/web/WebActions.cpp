#include "ui/web/WebActions.h"

#include "library/LibraryDatabase.h"
#include "ui/web/FeedSchedule.h"
#include "ui/web/FeedsDialog.h"
#include "ui/web/WebWorker.h"
#include "ui/window/WindowEvents.h"
#include "ui/window/WindowHost.h"
#include "web/Downloader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace pathak::ui {

WebActions::WebActions(WindowHost *window)
    : QObject(&window->widget()), m_window(window), m_saveUrlAction(new QAction(this)),
      m_feedsAction(new QAction(this))
{
    m_saveUrlAction->setObjectName(QStringLiteral("saveFromUrlAction"));
    m_saveUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_feedsAction->setObjectName(QStringLiteral("feedsAction"));
    window->fileMenu()->insertAction(window->exportSeparator(), m_saveUrlAction);
    window->fileMenu()->insertAction(window->exportSeparator(), m_feedsAction);
    window->addStartAction(m_saveUrlAction);
    window->addStartAction(m_feedsAction);
    connect(m_saveUrlAction, &QAction::triggered, this, &WebActions::askForUrl);
    connect(&window->events(), &WindowEvents::urlsToSave, this, &WebActions::queueUrls);
    connect(m_feedsAction, &QAction::triggered, this, [this] {
        FeedsDialog *dialog = feedsDialog();
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    m_schedule = new FeedSchedule(window);
    retranslate();
}

WebActions::~WebActions() = default;

void WebActions::retranslate()
{
    m_saveUrlAction->setText(tr("Save from &URL…"));
    m_saveUrlAction->setStatusTip(tr("Download a web page and save its article for offline reading"));
    m_feedsAction->setText(tr("&Feeds…"));
    m_feedsAction->setStatusTip(tr("Subscribe to RSS and Atom feeds and refresh them"));
}

FeedsDialog *WebActions::feedsDialog()
{
    if (!m_feeds)
        m_feeds = new FeedsDialog(m_window);
    return m_feeds;
}

void WebActions::askForUrl()
{
    // An address on the clipboard is most likely the one to save.
    QString suggestion = QApplication::clipboard()->text().trimmed();
    if (!Downloader::isSupportedUrl(QUrl(suggestion, QUrl::StrictMode)))
        suggestion.clear();
    bool ok = false;
    const QString url = QInputDialog::getText(&m_window->widget(), tr("Save from URL"),
                                              tr("Address of the article (http or https):"),
                                              QLineEdit::Normal, suggestion, &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!Downloader::isSupportedUrl(QUrl(url, QUrl::StrictMode))) {
        QMessageBox::warning(&m_window->widget(), tr("Save from URL"),
                             tr("%1 is not an http or https address.").arg(url));
        return;
    }
    saveUrls({url});
}

bool WebActions::saveUrls(const QStringList &urls)
{
    if (m_worker)
        return false;
    m_failures.clear();
    m_worker = new WebWorker(m_window->database().path(), WebWorker::Task::SaveUrls, urls, {}, this);
    connect(m_worker, &WebWorker::urlSaved, this, &WebActions::onSaved);
    connect(m_worker, &WebWorker::failed, this, [this](const QString &error) {
        m_failures.append({QString(), error});
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_saveUrlAction->setEnabled(true);
        if (!m_failures.isEmpty()) {
            QStringList lines;
            for (const auto &[input, error] : std::as_const(m_failures))
                lines.append(input.isEmpty() ? error : input + QStringLiteral(": ") + error);
            m_window->widget().statusBar()->showMessage(tr("Could not save the page."), 5000);
            // Not modal: the window (and a running refresh) carries on under it.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Save from URL"),
                                        tr("Could not save:\n%1").arg(lines.join(QLatin1Char('\n'))),
                                        QMessageBox::Ok, &m_window->widget());
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        Q_EMIT savingFinished();
        if (!m_queued.isEmpty())
            saveUrls(std::exchange(m_queued, {}));
    });
    m_saveUrlAction->setEnabled(false);
    m_window->widget().statusBar()->showMessage(tr("Downloading %1…").arg(urls.join(QStringLiteral(", "))));
    m_worker->start();
    return true;
}

void WebActions::queueUrls(const QStringList &urls)
{
    if (urls.isEmpty() || saveUrls(urls))
        return;
    m_queued.append(urls);
}

void WebActions::onSaved(const ImportResult &r)
{
    switch (r.status) {
    case ImportResult::Status::Imported:
        m_window->reloadLibrary();
        m_window->openArticle(r.id);
        // Saved as a new article although it names a stored one's source: say so.
        m_window->widget().statusBar()->showMessage(
            r.note.isEmpty() ? tr("Saved %1").arg(r.input) : tr("Saved %1; %2").arg(r.input, r.note), 5000);
        break;
    case ImportResult::Status::Duplicate:
        m_window->openArticle(r.id);
        m_window->widget().statusBar()->showMessage(tr("Already in the library: %1").arg(r.input), 5000);
        break;
    case ImportResult::Status::Failed:
        m_failures.append({r.input, r.error});
        break;
    }
    Q_EMIT urlSaved(r);
}

} // namespace pathak::ui
