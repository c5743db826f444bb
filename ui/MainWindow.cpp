#include "MainWindow.h"

#include "LibraryDatabase.h"
#include "LibraryStore.h"

#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>

namespace pathak::ui {

MainWindow::MainWindow(std::unique_ptr<LibraryDatabase> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_store(std::make_unique<LibraryStore>(*m_db))
{
    setWindowTitle(tr("Pathak"));
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_reader = new QTextBrowser(splitter);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showArticle(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    reloadList();
    resize(1100, 750);
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadList()
{
    m_list->clear();
    Result<QList<ArticleSummary>> rows = m_store->summaries();
    if (!rows)
        return;
    for (const ArticleSummary &s : rows.value()) {
        auto *item = new QListWidgetItem(s.title, m_list);
        item->setData(Qt::UserRole, s.id);
    }
    statusBar()->showMessage(tr("%n article(s)", nullptr, int(rows->size())));
}

void MainWindow::showArticle(qint64 id)
{
    Result<StoredArticle> s = m_store->article(id);
    if (!s)
        return;
    const Article &a = s->article;
    QString html = QStringLiteral("<h1>%1</h1>").arg(a.title.toHtmlEscaped());
    for (const QString &p : a.paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    m_reader->setHtml(html);
}

int MainWindow::runApplication(const QString &libraryPath)
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(libraryPath);
    if (!db) {
        QMessageBox::critical(nullptr, tr("Pathak"), tr("Cannot open the library %1:\n%2").arg(libraryPath, db.error()));
        return 1;
    }
    MainWindow window(std::move(db).value());
    window.show();
    return QApplication::exec();
}

} // namespace pathak::ui
