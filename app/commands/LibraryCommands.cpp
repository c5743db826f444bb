// parse, import, list, show, remove, trash: the commands that read and write the library.
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"
#include "app/TerminalText.h"
#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "import/UrlImporter.h"
#include "library/ArticleTrash.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "search/LibraryQuery.h"
#include "web/PageFetcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pathak::commands {

int parse(const CommandContext &ctx);
int import(const CommandContext &ctx);
int list(const CommandContext &ctx);
int show(const CommandContext &ctx);
int remove(const CommandContext &ctx);
int trash(const CommandContext &ctx);

namespace {

const QCommandLineOption progressOption(QStringLiteral("progress"),
                                        QStringLiteral("Print progress lines to stderr."));

// A progress line on stderr, apart from the results on stdout, so a
// script reading the output is not disturbed by it.
void printProgress(const QString &line)
{
    const QByteArray utf8 = (QStringLiteral("importing: ") + line + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
}

// How much output list gathers before writing it (UTF-16 code units).
constexpr qsizetype outputChunk = qsizetype(32) * 1024;

// The saved time in local time, as list prints it. QDateTime::toLocalTime
// asks the C library, which looks at /etc/localtime again for each call; the
// offset from UTC is looked up once an hour of saved times instead (a
// fifth of listing a million rows).
QString localSavedTime(const QDateTime &utc)
{
    static qint64 lastHour = -1;
    static int offset = 0;
    if (!utc.isValid())
        return {};
    const qint64 secs = utc.toSecsSinceEpoch();
    if (const qint64 hour = secs / 3600; hour != lastHour) {
        lastHour = hour;
        offset = utc.toLocalTime().offsetFromUtc();
    }
    return QDateTime::fromSecsSinceEpoch(secs + offset, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A JSON string, written directly: a QJsonDocument for each of a million
// rows cost more than reading them.
void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendJsonMember(QString &out, QLatin1String name, const QString &text)
{
    out += QLatin1Char('"') + name + QLatin1String("\": ");
    appendJsonString(out, text);
}

// One row of list --json: the members and their order the list has always had.
void appendSummaryJson(QString &out, const ArticleSummary &s)
{
    const auto boolean = [](bool b) { return b ? QLatin1String("true") : QLatin1String("false"); };
    out += QLatin1String("{\"annotations\": ") + QString::number(s.annotationCount) +
           QLatin1String(", \"archived\": ") + boolean(s.archived) + QLatin1String(", ");
    if (s.author.isNull())
        out += QLatin1String("\"author\": null");
    else
        appendJsonMember(out, QLatin1String("author"), s.author);
    out += QLatin1String(", \"favourite\": ") + boolean(s.favourite) + QLatin1String(", \"id\": ") +
           QString::number(s.id) + QLatin1String(", ");
    if (s.published.isNull())
        out += QLatin1String("\"published\": null");
    else
        appendJsonMember(out, QLatin1String("published"), s.published);
    out += QLatin1String(", \"read\": ") + boolean(s.read) + QLatin1String(", ");
    appendJsonMember(out, QLatin1String("saved_at"), s.savedAt.toString(Qt::ISODate));
    out += QLatin1String(", ");
    appendJsonMember(out, QLatin1String("source"), s.sourceLabel);
    out += QLatin1String(", ");
    appendJsonMember(out, QLatin1String("source_url"), s.sourceUrl);
    out += QLatin1String(", \"tags\": [");
    for (qsizetype i = 0; i < s.tags.size(); ++i) {
        if (i > 0)
            out += QLatin1String(", ");
        appendJsonString(out, s.tags.at(i));
    }
    out += QLatin1String("], ");
    appendJsonMember(out, QLatin1String("title"), s.title);
    out += QLatin1Char('}');
}

QJsonObject storedJson(const StoredArticle &s)
{
    QJsonObject o = s.article.toJson();
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("saved_at"), s.savedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("read"), s.read);
    o.insert(QStringLiteral("favourite"), s.favourite);
    o.insert(QStringLiteral("archived"), s.archived);
    o.insert(QStringLiteral("origin"), s.origin);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(s.tags));
    o.insert(QStringLiteral("published"), s.published.isNull() ? QJsonValue() : QJsonValue(s.published));
    o.insert(QStringLiteral("author"), s.author.isNull() ? QJsonValue() : QJsonValue(s.author));
    return o;
}

} // namespace

int parse(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    args.addOption(CommandArguments::jsonOption());
    if (!args.parse())
        return args.exitCode();
    if (args.positional().size() != 1)
        return args.usageError();
    const QString path = args.positional().first();
    Result<NewArticle> read = ArticleImporter::readFile(path);
    if (!read) {
        CommandLine::printError(path, read.error());
        return ExitInputFailed;
    }
    const Article &a = read->article;
    if (args.isSet(CommandArguments::jsonOption())) {
        CommandLine::printJson(QJsonDocument(a.toJson()));
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
    CommandLine::printOut(TerminalText::text(text));
    return ExitOk;
}

int import(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    args.addOption(CommandArguments::jsonOption());
    args.addOption(progressOption);
    if (!args.parse())
        return args.exitCode();
    const QStringList inputs = args.positional();
    if (inputs.isEmpty())
        return args.usageError();
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    LibraryStore store(*db);
    const bool asJson = args.isSet(CommandArguments::jsonOption());
    int imported = 0, duplicates = 0, failed = 0;
    // Each result is printed as soon as its batch is committed: what the
    // output calls imported is in the library even if the process dies next.
    const auto report = [&](const ImportResult &r) {
        switch (r.status) {
        case ImportResult::Status::Imported:
            ++imported;
            if (!r.note.isEmpty())
                CommandLine::printError(r.input, r.note);
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
            if (!r.note.isEmpty())
                o.insert(QStringLiteral("note"), r.note);
            // One object per line while running keeps the output streamable;
            // the lines together are wrapped as one JSON list below.
            CommandLine::printOut(
                (imported + duplicates + failed == 1 ? QStringLiteral("[\n") : QStringLiteral(",\n")) +
                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        }
    };
    QStringList paths, urls;
    for (const QString &input : inputs)
        (PageFetcher::isUrl(input) ? urls : paths).append(input);
    if (!paths.isEmpty()) {
        ArticleImporter files(store);
        files.setResultCallback(report);
        if (args.isSet(progressOption)) {
            // Once per stored batch, so a large import says how far it is,
            // and why it stalls when another program holds the library.
            files.setBatchCallback([](int done, int total) {
                printProgress(QStringLiteral("%1 of %2 files done").arg(done).arg(total));
            });
            files.setWaitingCallback([] {
                printProgress(QStringLiteral("waiting for another program to finish writing to the library"));
            });
        }
        files.importPaths(paths);
    }
    if (!urls.isEmpty()) {
        UrlImporter pages(store);
        pages.setLimits(DownloadLimits::fromEnvironment());
        pages.setResultCallback(report);
        pages.importUrls(urls);
    }
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
    CommandArguments args(ctx);
    const QCommandLineOption queryOption(
        QStringLiteral("query"), QStringLiteral("Only the articles the query finds (docs/COMMAND-LINE.md)."),
        QStringLiteral("Q"));
    args.addOptions({CommandArguments::jsonOption(), queryOption});
    if (!args.parse())
        return args.exitCode();
    if (!args.positional().isEmpty())
        return args.usageError();
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    // Each row is written as it is read, never the whole list at once: the
    // first line comes at once and a library of a million articles is listed
    // in the memory of a few hundred rows (before, 1 GB, and 2.8 GB as JSON).
    const bool asJson = args.isSet(CommandArguments::jsonOption());
    QString out;
    qint64 written = 0;
    const auto flush = [&out] {
        CommandLine::printOut(out);
        out.clear();
    };
    LibraryStore store(*db);
    const Status listed = store.eachSummary(
        LibraryQuery::parse(args.value(queryOption)).condition(), [&](const ArticleSummary &s) {
            if (asJson) {
                out += written == 0 ? QStringLiteral("[\n    ") : QStringLiteral(",\n    ");
                appendSummaryJson(out, s);
            } else {
                out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 annotations\n")
                           .arg(s.id)
                           .arg(TerminalText::field(s.title), TerminalText::field(s.sourceLabel),
                                localSavedTime(s.savedAt),
                                s.read ? QStringLiteral("read") : QStringLiteral("unread"))
                           .arg(s.annotationCount);
            }
            // The first row goes out alone, so the first line comes at once.
            if (++written == 1 || out.size() >= outputChunk)
                flush();
            return true;
        });
    if (asJson)
        out += written == 0 ? QStringLiteral("[\n]\n") : QStringLiteral("\n]\n");
    flush();
    if (!listed) {
        CommandLine::printError(ctx.libraryPath, listed.error());
        return ExitInputFailed;
    }
    return ExitOk;
}

int show(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    args.addOption(CommandArguments::jsonOption());
    if (!args.parse())
        return args.exitCode();
    if (args.positional().size() != 1)
        return args.usageError();
    const std::optional<qint64> id = CommandArguments::id(args.positional().first());
    if (!id)
        return ExitUsage;
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    LibraryStore store(*db);
    Result<StoredArticle> s = store.article(*id);
    if (!s) {
        CommandLine::printError(args.positional().first(), s.error());
        return ExitInputFailed;
    }
    if (args.isSet(CommandArguments::jsonOption())) {
        CommandLine::printJson(QJsonDocument(storedJson(s.value())));
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
    CommandLine::printOut(TerminalText::text(text));
    return ExitOk;
}

int remove(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption permanently(QStringLiteral("permanently"),
                                         QStringLiteral("Delete for good instead of moving to the trash."));
    args.addOption(permanently);
    if (!args.parse())
        return args.exitCode();
    const std::optional<QList<qint64>> ids = CommandArguments::ids(args.positional());
    if (!ids)
        return ExitUsage;
    if (ids->isEmpty())
        return args.usageError();
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    LibraryStore store(*db);
    ArticleTrash trash(*db);
    int failed = 0;
    int trashed = 0;
    // One id at a time, so an unknown id does not keep the others from going.
    for (qint64 id : *ids) {
        Result<int> removed = args.isSet(permanently) ? store.remove({id}) : trash.moveIn({id});
        if (!removed) {
            CommandLine::printError(QString::number(id), removed.error());
            ++failed;
            continue;
        }
        ++trashed;
        CommandLine::printOut(
            removed.value() > 0
                ? QStringLiteral("removed %1 and its %2 annotations\n").arg(id).arg(removed.value())
                : QStringLiteral("removed %1\n").arg(id));
    }
    // Said apart from the results, so a script reading them sees the same lines.
    if (trashed > 0 && !args.isSet(permanently))
        CommandLine::printErrorText(QStringLiteral("the trash keeps deleted articles for %1 days: `pathak "
                                                   "trash --restore ID…` brings them back\n")
                                        .arg(ArticleTrash::keepDays));
    return failed ? ExitInputFailed : ExitOk;
}

int trash(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption restore(QStringLiteral("restore"),
                                     QStringLiteral("Bring back the articles that had these ids."));
    const QCommandLineOption empty(QStringLiteral("empty"),
                                   QStringLiteral("Delete everything in the trash for good."));
    args.addOptions({CommandArguments::jsonOption(), restore, empty});
    if (!args.parse())
        return args.exitCode();
    if (args.isSet(restore) == args.positional().isEmpty() || (args.isSet(empty) && args.isSet(restore)))
        return args.usageError();
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    ArticleTrash trash(*db);
    if (args.isSet(empty)) {
        Result<int> emptied = trash.empty();
        if (!emptied) {
            CommandLine::printError(db->path(), emptied.error());
            return ExitInputFailed;
        }
        CommandLine::printOut(QStringLiteral("deleted %1 for good\n").arg(emptied.value()));
        return ExitOk;
    }
    if (args.isSet(restore)) {
        const std::optional<QList<qint64>> ids = CommandArguments::ids(args.positional());
        if (!ids)
            return ExitUsage;
        int failed = 0;
        for (qint64 id : *ids) {
            Result<QList<qint64>> entry = trash.entriesOfArticles({id});
            Result<TrashRestore> restored =
                entry ? trash.restore(entry.value()) : Result<TrashRestore>::failure(entry.error());
            if (!restored || !restored->errors.isEmpty()) {
                CommandLine::printError(QString::number(id),
                                        restored ? restored->errors.first() : restored.error());
                ++failed;
                continue;
            }
            const qint64 now = restored->articleIds.first();
            CommandLine::printOut(now == id ? QStringLiteral("restored %1\n").arg(id)
                                            : QStringLiteral("restored %1 as %2\n").arg(id).arg(now));
        }
        return failed ? ExitInputFailed : ExitOk;
    }
    Result<QList<TrashEntry>> entries = trash.entries();
    if (!entries) {
        CommandLine::printError(db->path(), entries.error());
        return ExitInputFailed;
    }
    if (args.isSet(CommandArguments::jsonOption())) {
        QJsonArray list;
        for (const TrashEntry &e : entries.value())
            list.append(QJsonObject{{QStringLiteral("id"), e.articleId},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("deleted_at"), e.deletedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("annotations"), e.annotations}});
        CommandLine::printJson(QJsonDocument(list));
        return ExitOk;
    }
    for (const TrashEntry &e : entries.value())
        CommandLine::printOut(QStringLiteral("%1\t%2\t%3\t%4\n")
                                  .arg(e.articleId)
                                  .arg(e.deletedAt.toString(Qt::ISODate), TerminalText::field(e.title))
                                  .arg(e.annotations));
    return ExitOk;
}

} // namespace pathak::commands

namespace {
const bool registered = [] {
    using pathak::CommandLine;
    CommandLine::add(
        {QStringLiteral("parse"), QStringLiteral("parse FILE [--json]"), pathak::commands::parse});
    CommandLine::add({QStringLiteral("import"), QStringLiteral("import PATH… [--json] [--progress]"),
                      pathak::commands::import});
    CommandLine::add(
        {QStringLiteral("list"), QStringLiteral("list [--query Q] [--json]"), pathak::commands::list});
    CommandLine::add({QStringLiteral("show"), QStringLiteral("show ID [--json]"), pathak::commands::show});
    CommandLine::add(
        {QStringLiteral("remove"), QStringLiteral("remove ID… [--permanently]"), pathak::commands::remove});
    CommandLine::add({QStringLiteral("trash"),
                      QStringLiteral("trash [--json] | trash --restore ID… | trash --empty"),
                      pathak::commands::trash});
    return true;
}();
} // namespace
