// parse, import, list, show, remove: the commands that read and write the library.
#include "app/CommandLine.h"
#include "app/commands/WebCommands.h"
#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "web/PageFetcher.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace pathak::commands {

int parse(const CommandContext &ctx);
int import(const CommandContext &ctx);
int list(const CommandContext &ctx);
int show(const CommandContext &ctx);
int remove(const CommandContext &ctx);

namespace {

// Sets up a parser for one subcommand; returns false (after printing why) on a usage error.
bool parseArguments(QCommandLineParser &parser, const CommandContext &ctx, const QString &positional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, QString());
    if (!parser.parse(ctx.arguments)) {
        CommandLine::printError(ctx.arguments.value(1), parser.errorText());
        return false;
    }
    return true;
}

QString json(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption progressOption(QStringLiteral("progress"),
                                        QStringLiteral("Print progress lines to stderr."));

// A progress line on stderr, apart from the results on stdout, so a
// script reading the output is not disturbed by it.
void printProgress(const QString &line)
{
    const QByteArray utf8 = (QStringLiteral("importing: ") + line + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
}

QJsonObject storedJson(const StoredArticle &s)
{
    QJsonObject o = s.article.toJson();
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("saved_at"), s.savedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("read"), s.read);
    o.insert(QStringLiteral("favourite"), s.favourite);
    o.insert(QStringLiteral("origin"), s.origin);
    return o;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

int parse(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    if (!parseArguments(parser, ctx, QStringLiteral("FILE")))
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        CommandLine::printError(QStringLiteral("parse"), QStringLiteral("usage: pathak parse FILE [--json]"));
        return ExitUsage;
    }
    const QString path = args.at(1);
    Result<NewArticle> read = ArticleImporter::readFile(path);
    if (!read) {
        CommandLine::printError(path, read.error());
        return ExitInputFailed;
    }
    const Article &a = read->article;
    if (parser.isSet(jsonOption)) {
        CommandLine::printOut(json(QJsonDocument(a.toJson())));
        return ExitOk;
    }
    QString text = a.title + QStringLiteral("\n\n");
    if (a.caption)
        text += QStringLiteral("[caption] %1 — %2\n").arg(a.caption->text, a.caption->credit);
    for (const QString &p : a.paragraphs)
        text += p + QLatin1Char('\n');
    if (a.source)
        text += QStringLiteral("[source] %1 %2\n").arg(a.source->label, a.source->url);
    if (a.comments)
        text += QStringLiteral("[comments] %1 declared, %2 present\n")
                    .arg(a.comments->declared)
                    .arg(a.comments->items.size());
    CommandLine::printOut(text);
    return ExitOk;
}

int import(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    parser.addOption(progressOption);
    if (!parseArguments(parser, ctx, QStringLiteral("PATH…")))
        return ExitUsage;
    const QStringList inputs = parser.positionalArguments().mid(1);
    if (inputs.isEmpty()) {
        CommandLine::printError(QStringLiteral("import"),
                                QStringLiteral("usage: pathak import PATH… [--json] [--progress]"));
        return ExitUsage;
    }
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    LibraryStore store(*db);
    ArticleImporter importer(store);
    const bool asJson = parser.isSet(jsonOption);
    int imported = 0, duplicates = 0, failed = 0;
    // Each result is printed as soon as its batch is committed: what the
    // output calls imported is in the library even if the process dies next.
    importer.setResultCallback([&](const ImportResult &r) {
        switch (r.status) {
        case ImportResult::Status::Imported:
            ++imported;
            break;
        case ImportResult::Status::Duplicate:
            ++duplicates;
            break;
        case ImportResult::Status::Failed:
            ++failed;
            CommandLine::printError(r.input, r.error);
            break;
        }
        if (asJson) {
            QJsonObject o{{QStringLiteral("input"), r.input},
                          {QStringLiteral("status"), ImportResult::statusName(r.status)},
                          {QStringLiteral("id"), r.id ? QJsonValue(r.id) : QJsonValue()},
                          {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)}};
            // One object per line while running keeps the output streamable;
            // the lines together are wrapped as one JSON list below.
            CommandLine::printOut(
                (imported + duplicates + failed == 1 ? QStringLiteral("[\n") : QStringLiteral(",\n")) +
                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        }
    });
    if (parser.isSet(progressOption)) {
        // Once per stored batch (ArticleImporter), so a large import says how
        // far it is, and why it stalls when another program holds the library.
        importer.setBatchCallback([](int done, int total) {
            printProgress(QStringLiteral("%1 of %2 files done").arg(done).arg(total));
        });
        importer.setWaitingCallback([] {
            printProgress(QStringLiteral("waiting for another program to finish writing to the library"));
        });
    }
    QStringList paths, urls;
    for (const QString &input : inputs)
        (PageFetcher::isUrl(input) ? urls : paths).append(input);
    if (!paths.isEmpty())
        importer.importPaths(paths);
    importUrls(importer, urls);
    if (asJson)
        CommandLine::printOut(imported + duplicates + failed == 0 ? QStringLiteral("[]\n")
                                                                  : QStringLiteral("\n]\n"));
    else
        CommandLine::printOut(QStringLiteral("imported %1, duplicates %2, failed %3\n")
                                  .arg(imported)
                                  .arg(duplicates)
                                  .arg(failed));
    return failed ? ExitInputFailed : ExitOk;
}

int list(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    if (!parseArguments(parser, ctx, {}))
        return ExitUsage;
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    LibraryStore store(*db);
    Result<QList<ArticleSummary>> rows = store.summaries();
    if (!rows) {
        CommandLine::printError(ctx.libraryPath, rows.error());
        return ExitInputFailed;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ArticleSummary &s : rows.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("source"), s.sourceLabel},
                                     {QStringLiteral("source_url"), s.sourceUrl},
                                     {QStringLiteral("saved_at"), s.savedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("read"), s.read},
                                     {QStringLiteral("favourite"), s.favourite},
                                     {QStringLiteral("annotations"), s.annotationCount}});
        }
        CommandLine::printOut(json(QJsonDocument(array)));
        return ExitOk;
    }
    QString text;
    for (const ArticleSummary &s : rows.value()) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 annotations\n")
                    .arg(s.id)
                    .arg(s.title, s.sourceLabel,
                         s.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         s.read ? QStringLiteral("read") : QStringLiteral("unread"))
                    .arg(s.annotationCount);
    }
    CommandLine::printOut(text);
    return ExitOk;
}

int show(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    if (!parseArguments(parser, ctx, QStringLiteral("ID")))
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    const std::optional<qint64> id = parseId(args.value(1));
    if (args.size() != 2 || !id) {
        CommandLine::printError(QStringLiteral("show"), QStringLiteral("usage: pathak show ID [--json]"));
        return ExitUsage;
    }
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    LibraryStore store(*db);
    Result<StoredArticle> s = store.article(*id);
    if (!s) {
        CommandLine::printError(args.at(1), s.error());
        return ExitInputFailed;
    }
    if (parser.isSet(jsonOption)) {
        CommandLine::printOut(json(QJsonDocument(storedJson(s.value()))));
        return ExitOk;
    }
    const Article &a = s->article;
    QString text = a.title + QStringLiteral("\n\n");
    if (a.caption)
        text += a.caption->text +
                (a.caption->credit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.caption->credit)) +
                QStringLiteral("\n\n");
    text += a.paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    if (a.source)
        text += QStringLiteral("\n%1 %2\n").arg(a.source->label, a.source->url);
    if (a.comments) {
        text += QStringLiteral("\n%1 comments\n").arg(a.comments->declared);
        for (const Comment &c : a.comments->items)
            text += (c.author ? *c.author + QStringLiteral(": ") : QString()) + c.text + QLatin1Char('\n');
    }
    CommandLine::printOut(text);
    return ExitOk;
}

int remove(const CommandContext &ctx)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, ctx, QStringLiteral("ID…")))
        return ExitUsage;
    const QStringList args = parser.positionalArguments().mid(1);
    QList<qint64> ids;
    for (const QString &a : args) {
        const std::optional<qint64> id = parseId(a);
        if (!id) {
            CommandLine::printError(a, QStringLiteral("not an article id"));
            return ExitUsage;
        }
        ids.append(*id);
    }
    if (ids.isEmpty()) {
        CommandLine::printError(QStringLiteral("remove"), QStringLiteral("usage: pathak remove ID…"));
        return ExitUsage;
    }
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    LibraryStore store(*db);
    int failed = 0;
    // One id at a time, so an unknown id does not keep the others from going.
    for (qint64 id : ids) {
        Result<int> removed = store.remove({id});
        if (!removed) {
            CommandLine::printError(QString::number(id), removed.error());
            ++failed;
            continue;
        }
        CommandLine::printOut(
            removed.value() > 0
                ? QStringLiteral("removed %1 and its %2 annotations\n").arg(id).arg(removed.value())
                : QStringLiteral("removed %1\n").arg(id));
    }
    return failed ? ExitInputFailed : ExitOk;
}

} // namespace pathak::commands

namespace {
const bool registered = [] {
    using pathak::CommandLine;
    CommandLine::add(
        {QStringLiteral("parse"), QStringLiteral("parse FILE [--json]"), pathak::commands::parse});
    CommandLine::add({QStringLiteral("import"), QStringLiteral("import PATH… [--json] [--progress]"),
                      pathak::commands::import});
    CommandLine::add({QStringLiteral("list"), QStringLiteral("list [--json]"), pathak::commands::list});
    CommandLine::add({QStringLiteral("show"), QStringLiteral("show ID [--json]"), pathak::commands::show});
    CommandLine::add({QStringLiteral("remove"), QStringLiteral("remove ID…"), pathak::commands::remove});
    return true;
}();
} // namespace
