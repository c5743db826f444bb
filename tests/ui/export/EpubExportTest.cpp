// File → Export EPUB…: the dialog's choices and the export thread writing the book.
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "ui/export/ExportDialog.h"
#include "ui/export/ExportWorker.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using pathak::ui::ExportDialog;
using pathak::ui::ExportOutcome;
using pathak::ui::ExportRequest;
using pathak::ui::ExportWorker;

TEST(EpubExport, DialogKeepsTheEpubChoices)
{
    ExportDialog dialog(ExportRequest::Format::Epub, {QStringLiteral("বৃষ্টি/ঝড়")});
    ExportRequest initial = dialog.request();
    EXPECT_EQ(initial.format, ExportRequest::Format::Epub);
    EXPECT_TRUE(initial.path.endsWith(QStringLiteral(".epub"))) << initial.path.toStdString();
    EXPECT_FALSE(QFileInfo(initial.path).fileName().contains(QLatin1Char('/')));
    initial.embedFonts = true;
    initial.pdf.includeComments = true;
    dialog.setRequest(initial);
    EXPECT_TRUE(dialog.request().embedFonts);
    EXPECT_TRUE(dialog.request().pdf.includeComments);
}

TEST(EpubExport, WorkerWritesTheBookWithItsLeadPhotoOnItsThread)
{
    Result<NewArticle> rain = ArticleImporter::readFile(dataFile(QStringLiteral("rain-with-comments.txt")));
    ASSERT_TRUE(rain.ok());
    QFile png(dataFile(QStringLiteral("web/images/lead.png")));
    ASSERT_TRUE(png.open(QIODevice::ReadOnly));
    const QByteArray photo = png.readAll();
    QTemporaryDir dir;
    ExportRequest request;
    request.format = ExportRequest::Format::Epub;
    request.path = dir.filePath(QStringLiteral("rain.epub"));
    request.embedFonts = true;
    ExportWorker worker({{rain->article, {{0, 5, QStringLiteral("green"), QStringLiteral("নোট")}}}}, request);
    worker.setLeadImages({photo});
    ExportOutcome outcome;
    Qt::HANDLE reportedFrom = nullptr;
    QObject::connect(
        &worker, &ExportWorker::exportFinished, &worker,
        [&](const ExportOutcome &o) {
            outcome = o;
            reportedFrom = QThread::currentThreadId();
        },
        Qt::DirectConnection);
    worker.start();
    ASSERT_TRUE(worker.wait(60000));
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_NE(reportedFrom, QThread::currentThreadId()) << "the export ran on the calling thread";
    EXPECT_EQ(outcome.articles, 1);
    EXPECT_EQ(outcome.images, 1);
    QFile book(request.path);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    const QByteArray bytes = book.readAll();
    EXPECT_TRUE(bytes.startsWith(QByteArrayLiteral("PK\x03\x04")));
    EXPECT_TRUE(bytes.contains(photo));
    EXPECT_TRUE(bytes.contains(QByteArrayLiteral("EPUB/fonts/NotoSerifBengali-Regular.ttf")));

    // A target that is a folder comes back as a message, and the folder stays.
    ExportRequest bad = request;
    bad.path = dir.path();
    ExportWorker refused({{rain->article, {}}}, bad);
    ExportOutcome failed;
    QObject::connect(
        &refused, &ExportWorker::exportFinished, &refused, [&](const ExportOutcome &o) { failed = o; },
        Qt::DirectConnection);
    refused.start();
    ASSERT_TRUE(refused.wait(60000));
    EXPECT_FALSE(failed.ok);
    EXPECT_FALSE(failed.error.isEmpty());
    EXPECT_TRUE(QFileInfo(dir.path()).isDir());
}
