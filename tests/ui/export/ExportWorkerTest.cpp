// The GUI's export thread: writes the file off the calling thread and reports back.
#include "ui/export/ExportWorker.h"
#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "PdfTools.h"
#include "TestLibrary.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using pathak::ui::ExportOutcome;
using pathak::ui::ExportRequest;
using pathak::ui::ExportWorker;

TEST(ExportWorker, WritesPdfAndMarkdownOnItsThread)
{
    Result<NewArticle> seed = ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt")));
    ASSERT_TRUE(seed.ok());
    QTemporaryDir dir;
    for (ExportRequest::Format format : {ExportRequest::Format::Pdf, ExportRequest::Format::Markdown}) {
        ExportRequest request;
        request.format = format;
        request.path = dir.filePath(format == ExportRequest::Format::Pdf ? QStringLiteral("a.pdf")
                                                                         : QStringLiteral("a.md"));
        const QString plain = seed->article.plainText();
        ExportWorker worker({{seed->article, {{0, 5, QStringLiteral("green"), QStringLiteral("নোট")}}}},
                            request);
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
        EXPECT_TRUE(outcome.ok) << outcome.error.toStdString();
        EXPECT_NE(reportedFrom, QThread::currentThreadId()) << "the export ran on the calling thread";
        EXPECT_EQ(outcome.articles, 1);
        EXPECT_TRUE(QFileInfo::exists(request.path));
        if (format == ExportRequest::Format::Pdf) {
            EXPECT_GT(outcome.pages, 0);
            EXPECT_EQ(outcome.highlights, 1);
            // The note's number stands where the highlight ends, inside the title's first word.
            const auto withoutDigits = [](QString t) {
                t.removeIf([](QChar c) { return c >= QChar(0x09E6) && c <= QChar(0x09EF); });
                return t;
            };
            EXPECT_TRUE(withoutDigits(squashed(pdfPages(request.path).join(QString())))
                            .contains(withoutDigits(squashed(ArticleParser::leadHeadline(seed->article)))));
        }
    }

    // A failure comes back as a message, and nothing is written.
    ExportRequest bad;
    bad.path = dir.filePath(QStringLiteral("missing-folder/b.pdf"));
    ExportWorker worker({{seed->article, {}}}, bad);
    ExportOutcome outcome;
    QObject::connect(
        &worker, &ExportWorker::exportFinished, &worker, [&](const ExportOutcome &o) { outcome = o; },
        Qt::DirectConnection);
    worker.start();
    ASSERT_TRUE(worker.wait(60000));
    EXPECT_FALSE(outcome.ok);
    EXPECT_FALSE(outcome.error.isEmpty());
}
