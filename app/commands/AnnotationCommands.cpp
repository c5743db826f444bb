// annotate, annotations: highlight passages from the command line and export them.
#include "annotation/AnnotationMarkdown.h"
#include "annotation/AnnotationStore.h"
#include "annotation/WebAnnotationJson.h"
#include "app/CommandLine.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "text/BengaliText.h"
#include "text/TextAnchor.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace pathak::commands {

int annotate(const CommandContext &ctx);
int annotations(const CommandContext &ctx);

namespace {

bool parseArguments(QCommandLineParser &parser, const CommandContext &ctx)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    parser.addPositionalArgument(QStringLiteral("ID"), QString());
    if (!parser.parse(ctx.arguments)) {
        CommandLine::printError(ctx.arguments.value(1), parser.errorText());
        return false;
    }
    return true;
}

std::optional<qint64> articleId(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 id = args.at(1).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

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
    const QString usage =
        QStringLiteral("usage: pathak annotate ID --quote TEXT [--occurrence N] [--note TEXT] "
                       "[--color %1] [--json]")
            .arg(Annotation::colorNames().join(QLatin1Char('|')));
    QCommandLineParser parser;
    const QCommandLineOption quoteOption(QStringLiteral("quote"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption occurrenceOption(QStringLiteral("occurrence"), QString(), QStringLiteral("N"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption colorOption({QStringLiteral("color"), QStringLiteral("colour")}, QString(),
                                         QStringLiteral("NAME"), QStringLiteral("yellow"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({quoteOption, occurrenceOption, noteOption, colorOption, jsonOption});
    if (!parseArguments(parser, ctx))
        return ExitUsage;
    const std::optional<qint64> id = articleId(parser);
    if (!id || !parser.isSet(quoteOption)) {
        CommandLine::printError(QStringLiteral("annotate"), usage);
        return ExitUsage;
    }
    const std::optional<AnnotationColor> color = Annotation::colorFromName(parser.value(colorOption));
    if (!color) {
        CommandLine::printError(parser.value(colorOption),
                                QStringLiteral("unknown colour; use one of %1")
                                    .arg(Annotation::colorNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    int occurrence = 0;
    if (parser.isSet(occurrenceOption)) {
        bool ok = false;
        occurrence = parser.value(occurrenceOption).toInt(&ok);
        if (!ok || occurrence < 1) {
            CommandLine::printError(parser.value(occurrenceOption),
                                    QStringLiteral("--occurrence needs a number from 1"));
            return ExitUsage;
        }
    }
    // The article text is NFC with single spaces; a quote typed or pasted
    // in another form must still be found.
    const QString quote = BengaliText::collapseSpaces(BengaliText::toNfc(parser.value(quoteOption)));
    if (quote.isEmpty()) {
        CommandLine::printError(QStringLiteral("annotate"), QStringLiteral("the quote is empty"));
        return ExitUsage;
    }

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
    Result<Annotation> created = store.create(*id, range, *color, parser.value(noteOption));
    if (!created) {
        CommandLine::printError(QString::number(*id), created.error());
        return ExitInputFailed;
    }
    if (parser.isSet(jsonOption)) {
        const QJsonObject json = WebAnnotationJson::toAnnotation(targetOf(*stored), created.value());
        CommandLine::printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
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
    const QString usage = QStringLiteral("usage: pathak annotations ID [--format json|md] [--import FILE]");
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                                          QStringLiteral("json"));
    const QCommandLineOption importOption(QStringLiteral("import"), QString(), QStringLiteral("FILE"));
    parser.addOptions({formatOption, importOption});
    if (!parseArguments(parser, ctx))
        return ExitUsage;
    const std::optional<qint64> id = articleId(parser);
    const QString format = parser.value(formatOption);
    if (!id || (format != QLatin1String("json") && format != QLatin1String("md"))) {
        CommandLine::printError(QStringLiteral("annotations"), usage);
        return ExitUsage;
    }
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    const std::optional<StoredArticle> stored = loadArticle(*db, *id);
    if (!stored)
        return ExitInputFailed;
    AnnotationStore store(*db);

    if (parser.isSet(importOption)) {
        const QString path = parser.value(importOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            CommandLine::printError(path, file.errorString());
            return ExitInputFailed;
        }
        Result<QList<Annotation>> read = WebAnnotationJson::parse(file.readAll());
        if (!read) {
            CommandLine::printError(path, read.error());
            return ExitInputFailed;
        }
        Result<AnnotationImportSummary> summary = store.import(*id, read.value());
        if (!summary) {
            CommandLine::printError(path, summary.error());
            return ExitInputFailed;
        }
        CommandLine::printOut(QStringLiteral("imported %1, duplicates %2, orphaned %3\n")
                                  .arg(summary->added)
                                  .arg(summary->duplicates)
                                  .arg(summary->orphaned));
        return ExitOk;
    }

    // The text may have changed since the annotations were made (re-parse,
    // re-import): find them again before showing where they are.
    if (Result<ReanchorSummary> r = store.reanchor(*id); !r) {
        CommandLine::printError(QString::number(*id), r.error());
        return ExitInputFailed;
    }
    Result<QList<Annotation>> list = store.forArticle(*id);
    if (!list) {
        CommandLine::printError(QString::number(*id), list.error());
        return ExitInputFailed;
    }
    if (format == QLatin1String("md")) {
        CommandLine::printOut(AnnotationMarkdown::render(
            stored->article.title, stored->article.source ? stored->article.source->url : QString(),
            list.value()));
    } else {
        const QJsonObject json = WebAnnotationJson::toCollection(targetOf(*stored), list.value());
        CommandLine::printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    }
    return ExitOk;
}

} // namespace pathak::commands

namespace {
const bool registered = [] {
    using pathak::CommandLine;
    CommandLine::add(
        {QStringLiteral("annotate"),
         QStringLiteral("annotate ID --quote TEXT [--occurrence N] [--note TEXT] [--color NAME]"),
         pathak::commands::annotate});
    CommandLine::add({QStringLiteral("annotations"),
                      QStringLiteral("annotations ID [--format json|md] [--import FILE]"),
                      pathak::commands::annotations});
    return true;
}();
} // namespace
