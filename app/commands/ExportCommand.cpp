// export: articles to one PDF (text kept as real text), to Markdown or to an EPUB.
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"
#include "export/EpubExporter.h"
#include "export/ExportArticleLoader.h"
#include "export/MarkdownExporter.h"
#include "export/PdfExporter.h"
#include "library/LibraryDatabase.h"

#include <QDateTime>
#include <QFileInfo>

namespace pathak::commands {

int exportArticles(const CommandContext &ctx);

int exportArticles(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QStringLiteral("Write a PDF."),
                                       QStringLiteral("OUT"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), QStringLiteral("Write Markdown."),
                                            QStringLiteral("OUT"));
    const QCommandLineOption epubOption(QStringLiteral("epub"), QStringLiteral("Write an EPUB 3 book."),
                                        QStringLiteral("OUT"));
    const QCommandLineOption embedFontsOption(QStringLiteral("embed-fonts"),
                                              QStringLiteral("Embed the Noto Bengali fonts in the EPUB."));
    const QCommandLineOption paperOption(QStringLiteral("paper"), QStringLiteral("a4 or letter."),
                                         QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption fontOption(QStringLiteral("font"), QStringLiteral("Font family."),
                                        QStringLiteral("FAMILY"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Body text size in points."),
                                        QStringLiteral("PT"));
    const QCommandLineOption commentsOption(QStringLiteral("comments"),
                                            QStringLiteral("Include the readers' comments."));
    const QCommandLineOption plainOption(QStringLiteral("no-annotations"),
                                         QStringLiteral("Leave out the stored highlights and notes."));
    args.addOptions({pdfOption, markdownOption, epubOption, embedFontsOption, paperOption, fontOption,
                     sizeOption, commentsOption, plainOption});
    if (!args.parse())
        return args.exitCode();

    const std::optional<QList<qint64>> ids = CommandArguments::ids(args.positional());
    if (!ids)
        return ExitUsage;
    const QString pdfPath = args.value(pdfOption);
    const QString markdownPath = args.value(markdownOption);
    const QString epubPath = args.value(epubOption);
    if (ids->isEmpty() || (pdfPath.isEmpty() && markdownPath.isEmpty() && epubPath.isEmpty()))
        return args.usageError();
    if (args.isSet(embedFontsOption) && epubPath.isEmpty())
        return CommandArguments::invalid(QStringLiteral("--embed-fonts"),
                                         QStringLiteral("it needs --epub OUT"));
    // One would silently overwrite the other.
    const QList<std::pair<QString, QString>> outputs{{QStringLiteral("--pdf"), pdfPath},
                                                     {QStringLiteral("--markdown"), markdownPath},
                                                     {QStringLiteral("--epub"), epubPath}};
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        for (qsizetype j = i + 1; j < outputs.size(); ++j) {
            const QString &a = outputs.at(i).second, &b = outputs.at(j).second;
            if (!a.isEmpty() && !b.isEmpty() &&
                QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath())
                return CommandArguments::invalid(b, QStringLiteral("%1 and %2 name the same file")
                                                        .arg(outputs.at(i).first, outputs.at(j).first));
        }
    }

    PdfOptions options;
    options.includeComments = args.isSet(commentsOption);
    const QString paper = args.value(paperOption).toLower();
    if (paper == QLatin1String("letter"))
        options.paper = PaperSize::Letter;
    else if (paper != QLatin1String("a4"))
        return CommandArguments::invalid(args.value(paperOption),
                                         QStringLiteral("paper must be a4 or letter"));
    if (args.isSet(fontOption))
        options.fontFamily = args.value(fontOption);
    if (args.isSet(sizeOption)) {
        bool ok = false;
        options.fontSize = args.value(sizeOption).toDouble(&ok);
        if (!ok || options.fontSize < PdfOptions::minFontSize || options.fontSize > PdfOptions::maxFontSize)
            return CommandArguments::invalid(args.value(sizeOption),
                                             QStringLiteral("size must be a number of points from %1 to %2")
                                                 .arg(PdfOptions::minFontSize)
                                                 .arg(PdfOptions::maxFontSize));
    }

    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    ExportArticleLoader loader(*db);
    const bool withAnnotations = !args.isSet(plainOption);
    QList<ExportArticle> articles;
    QList<QByteArray> leadImages;
    int failed = 0;
    // An unknown id is reported and the others are still exported (exit 1).
    for (qint64 id : *ids) {
        Result<ExportArticle> loaded = loader.load(id, withAnnotations);
        if (!loaded) {
            CommandLine::printError(QString::number(id), loaded.error());
            ++failed;
            continue;
        }
        articles.append(loaded.value());
        // Only the EPUB shows the lead photo; one that cannot be read leaves the article without it.
        if (!epubPath.isEmpty()) {
            Result<QByteArray> image = loader.leadImage(id);
            leadImages.append(image ? image.value() : QByteArray());
        }
    }
    if (articles.isEmpty())
        return ExitInputFailed;

    if (!pdfPath.isEmpty()) {
        Result<PdfExportSummary> written = PdfExporter(options).writeFile(articles, pdfPath);
        if (!written) {
            CommandLine::printError(pdfPath, written.error());
            ++failed;
        } else {
            CommandLine::printOut(QStringLiteral("exported %1 articles, %2 pages, %3 highlights to %4\n")
                                      .arg(written->articles)
                                      .arg(written->pages)
                                      .arg(written->highlights)
                                      .arg(pdfPath));
        }
    }
    if (!markdownPath.isEmpty()) {
        Status written = MarkdownExporter::writeFile(articles, options.includeComments, markdownPath);
        if (!written) {
            CommandLine::printError(markdownPath, written.error());
            ++failed;
        } else {
            CommandLine::printOut(
                QStringLiteral("exported %1 articles to %2\n").arg(articles.size()).arg(markdownPath));
        }
    }
    if (!epubPath.isEmpty()) {
        EpubOptions epub;
        epub.includeComments = options.includeComments;
        epub.embedFonts = args.isSet(embedFontsOption);
        // A reproducible build's date when one is given; never the clock.
        bool dated = false;
        const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&dated);
        if (dated)
            epub.modified = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
        Result<EpubExportSummary> written = EpubExporter(epub).writeFile(articles, leadImages, epubPath);
        if (!written) {
            CommandLine::printError(epubPath, written.error());
            ++failed;
        } else {
            CommandLine::printOut(
                QStringLiteral("exported %1 articles, %2 images, %3 notes, %4 fonts to %5\n")
                    .arg(written->articles)
                    .arg(written->images)
                    .arg(written->notes)
                    .arg(written->fonts)
                    .arg(epubPath));
        }
    }
    return failed ? ExitInputFailed : ExitOk;
}

} // namespace pathak::commands

namespace {
const bool registered = pathak::CommandLine::add(
    {QStringLiteral("export"),
     QStringLiteral(
         "export ID… (--pdf OUT [--paper a4|letter] [--font FAMILY] [--size PT] | --markdown OUT | "
         "--epub OUT [--embed-fonts]) "
         "[--comments] [--no-annotations]"),
     pathak::commands::exportArticles});
} // namespace
