// annotate, annotations: highlight passages from the command line and export them.
#include "annotation/AnnotationExporter.h"
#include "annotation/AnnotationLibraryExport.h"
#include "annotation/AnnotationLibraryImport.h"
#include "annotation/AnnotationStore.h"
#include "annotation/WebAnnotationJson.h"
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"
#include "app/TerminalText.h"
#include "base/LocalFileReader.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "text/BengaliText.h"
#include "text/TextAnchor.h"

#include <QJsonDocument>
#include <QStringDecoder>

#include <cstdio>
#include <unistd.h>

namespace pathak::commands {

int annotate(const CommandContext &ctx);
int annotations(const CommandContext &ctx);

namespace {

// A Markdown template is a few lines; a larger file is not one.
constexpr qint64 maxTemplateSize = qint64(64) * 1024;

WebAnnotationJson::Target targetOf(const StoredArticle &s)
{
    return {s.id, s.article.title, s.article.source ? s.article.source->url : QString()};
}

// The article an annotation command works on; a missing one is reported.
std::optional<StoredArticle> loadArticle(LibraryDatabase &db, qint64 id)
{
    Result<StoredArticle> stored = LibraryStore(db).article(id);
    if (!stored) {
        CommandLine::printError(QString::number(id), stored.error());
        return std::nullopt;
    }
    return std::move(stored).value();
}

} // namespace

int annotate(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption quoteOption(QStringLiteral("quote"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption occurrenceOption(QStringLiteral("occurrence"), QString(), QStringLiteral("N"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption colorOption({QStringLiteral("color"), QStringLiteral("colour")}, QString(),
                                         QStringLiteral("NAME"), QStringLiteral("yellow"));
    args.addOptions({quoteOption, occurrenceOption, noteOption, colorOption, CommandArguments::jsonOption()});
    if (!args.parse())
        return args.exitCode();
    if (args.positional().size() != 1 || !args.isSet(quoteOption))
        return args.usageError();
    const std::optional<qint64> id = CommandArguments::id(args.positional().first());
    if (!id)
        return ExitUsage;
    const std::optional<AnnotationColor> color = Annotation::colorFromName(args.value(colorOption));
    if (!color)
        return CommandArguments::invalid(args.value(colorOption),
                                         QStringLiteral("unknown colour; use one of %1")
                                             .arg(Annotation::colorNames().join(QStringLiteral(", "))));
    int occurrence = 0;
    if (args.isSet(occurrenceOption)) {
        bool ok = false;
        occurrence = args.value(occurrenceOption).toInt(&ok);
        if (!ok || occurrence < 1)
            return CommandArguments::invalid(args.value(occurrenceOption),
                                             QStringLiteral("--occurrence needs a number from 1"));
    }
    // The article text is NFC with single spaces; a quote typed or pasted
    // in another form must still be found.
    const QString quote = BengaliText::collapseSpaces(BengaliText::toNfc(args.value(quoteOption)));
    if (quote.isEmpty())
        return CommandArguments::invalid(ctx.command->name, QStringLiteral("the quote is empty"));

    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    const std::optional<StoredArticle> stored = loadArticle(*db, *id);
    if (!stored)
        return ExitInputFailed;
    const TextAnchor anchor(stored->article.plainText());
    const QList<TextRange> found = anchor.occurrences(quote);
    if (found.isEmpty()) {
        CommandLine::printError(quote, QStringLiteral("not in article %1").arg(*id));
        return ExitInputFailed;
    }
    if (occurrence == 0 && found.size() > 1) {
        CommandLine::printError(
            quote, QStringLiteral("occurs %1 times in article %2; choose one with --occurrence 1–%1")
                       .arg(found.size())
                       .arg(*id));
        return ExitInputFailed;
    }
    if (occurrence > found.size()) {
        CommandLine::printError(
            quote, QStringLiteral("occurs only %1 time(s) in article %2").arg(found.size()).arg(*id));
        return ExitInputFailed;
    }
    const TextRange range = found.at(occurrence == 0 ? 0 : occurrence - 1);
    AnnotationStore store(*db);
    Result<Annotation> created = store.create(*id, range, *color, args.value(noteOption));
    if (!created) {
        CommandLine::printError(QString::number(*id), created.error());
        return ExitInputFailed;
    }
    if (args.isSet(CommandArguments::jsonOption())) {
        CommandLine::printJson(
            QJsonDocument(WebAnnotationJson::toAnnotation(targetOf(*stored), created.value())));
    } else {
        CommandLine::printOut(QStringLiteral("annotation %1 on article %2: %3–%4, %5\n")
                                  .arg(created->id)
                                  .arg(*id)
                                  .arg(created->start)
                                  .arg(created->end)
                                  .arg(Annotation::colorName(created->color)));
    }
    return ExitOk;
}

int annotations(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                                          QStringLiteral("json"));
    const QCommandLineOption importOption(QStringLiteral("import"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption allOption(QStringLiteral("all"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("FILE"));
    args.addOptions({formatOption, importOption, allOption, outputOption, templateOption});
    if (!args.parse())
        return args.exitCode();
    const bool all = args.isSet(allOption);
    if (args.positional().size() != (all ? 0 : 1))
        return args.usageError();
    const std::optional<AnnotationExportFormat> format =
        AnnotationExporter::formatNamed(args.value(formatOption));
    if (!format) {
        QStringList names;
        for (const AnnotationExportFormatInfo &f : AnnotationExporter::formats())
            names.append(f.name);
        return CommandArguments::invalid(
            args.value(formatOption),
            QStringLiteral("unknown format; use one of %1").arg(names.join(QStringLiteral(", "))));
    }
    if (args.isSet(templateOption) && *format != AnnotationExportFormat::Markdown)
        return CommandArguments::invalid(args.value(templateOption),
                                         QStringLiteral("--template is for --format md"));
    if (args.isSet(importOption) && (args.isSet(outputOption) || args.isSet(templateOption)))
        return args.usageError();
    std::optional<qint64> id;
    if (!all) {
        id = CommandArguments::id(args.positional().first());
        if (!id)
            return ExitUsage;
    }
    // The template is read before the library is touched: a bad one changes nothing.
    AnnotationExportOptions options;
    options.library = all;
    if (args.isSet(templateOption)) {
        const QString path = args.value(templateOption);
        Result<QByteArray> bytes = LocalFileReader::read(path, maxTemplateSize);
        if (!bytes) {
            CommandLine::printError(path, bytes.error());
            return ExitInputFailed;
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        options.markdownTemplate = utf8.decode(bytes.value());
        if (utf8.hasError()) {
            CommandLine::printError(path, QStringLiteral("not UTF-8 text"));
            return ExitInputFailed;
        }
        if (options.markdownTemplate.trimmed().isEmpty()) {
            CommandLine::printError(path, QStringLiteral("the template is empty"));
            return ExitInputFailed;
        }
    }

    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    if (id && !loadArticle(*db, *id))
        return ExitInputFailed;
    AnnotationStore store(*db);

    if (args.isSet(importOption)) {
        const QString path = args.value(importOption);
        Result<AnnotationImportFile> file = AnnotationImportReader::readFile(path);
        if (!file) {
            CommandLine::printError(path, file.error());
            return ExitInputFailed;
        }
        Result<AnnotationImportReport> report = AnnotationLibraryImport(*db, store).import(file.value(), id);
        if (!report) {
            CommandLine::printError(path, report.error());
            return ExitInputFailed;
        }
        CommandLine::printOut(TerminalText::text(AnnotationLibraryImport::describe(report.value())));
        return ExitOk;
    }

    AnnotationLibraryExport exporter(*db);
    QList<AnnotatedArticle> articles;
    if (id) {
        // The text may have changed since the annotations were made (re-parse,
        // re-import): find them again before showing where they are.
        if (Result<ReanchorSummary> r = store.reanchor(*id); !r) {
            CommandLine::printError(QString::number(*id), r.error());
            return ExitInputFailed;
        }
        Result<AnnotatedArticle> one = exporter.article(*id);
        if (!one) {
            CommandLine::printError(QString::number(*id), one.error());
            return ExitInputFailed;
        }
        articles.append(std::move(one).value());
    } else {
        Result<QList<AnnotatedArticle>> every = exporter.library();
        if (!every) {
            CommandLine::printError(QStringLiteral("--all"), every.error());
            return ExitInputFailed;
        }
        for (const AnnotatedArticle &a : every.value()) {
            if (Result<ReanchorSummary> r = store.reanchor(a.articleId); !r) {
                CommandLine::printError(QString::number(a.articleId), r.error());
                return ExitInputFailed;
            }
        }
        every = exporter.library();
        if (!every) {
            CommandLine::printError(QStringLiteral("--all"), every.error());
            return ExitInputFailed;
        }
        articles = std::move(every).value();
    }

    if (args.isSet(outputOption)) {
        const QString path = args.value(outputOption);
        if (Status s = AnnotationExporter::writeFile(path, *format, articles, options); !s) {
            CommandLine::printError(path, s.error());
            return ExitInputFailed;
        }
        qsizetype count = 0;
        for (const AnnotatedArticle &a : std::as_const(articles))
            count += a.annotations.size();
        CommandLine::printOut(QStringLiteral("%1 annotations of %2 articles to %3\n")
                                  .arg(count)
                                  .arg(articles.size())
                                  .arg(TerminalText::field(path)));
        return ExitOk;
    }
    const QByteArray bytes = AnnotationExporter::render(*format, articles, options);
    // On a terminal, text from articles must not move the cursor (CSV's
    // CRLF line ends become plain ones there); into a pipe or a file it
    // goes byte for byte as the format writes it, the CSV's BOM included.
    if (*format == AnnotationExportFormat::Markdown || isatty(fileno(stdout))) {
        QString text = QString::fromUtf8(bytes);
        CommandLine::printOut(TerminalText::text(text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))));
    } else {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }
    return ExitOk;
}

} // namespace pathak::commands

namespace {
const bool registered = [] {
    using pathak::CommandLine;
    CommandLine::add(
        {QStringLiteral("annotate"),
         QStringLiteral("annotate ID --quote TEXT [--occurrence N] [--note TEXT] [--color %1] [--json]")
             .arg(pathak::Annotation::colorNames().join(QLatin1Char('|'))),
         pathak::commands::annotate});
    CommandLine::add(
        {QStringLiteral("annotations"),
         QStringLiteral("annotations (ID | --all) [--format json|md|readwise|csv] [--template FILE] "
                        "[--output FILE] [--import FILE]"),
         pathak::commands::annotations});
    return true;
}();
} // namespace
