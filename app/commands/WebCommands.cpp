// The `feed` commands: subscribing to RSS and Atom feeds and saving their items.
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"
#include "app/TerminalText.h"
#include "base/LocalFileReader.h"
#include "base/SafeFileWriter.h"
#include "feeds/FeedRefresher.h"
#include "feeds/FeedStore.h"
#include "feeds/Opml.h"
#include "library/LibraryDatabase.h"
#include "web/Downloader.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pathak::commands {

namespace {

QString localMinute(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject resultJson(const FeedRefreshResult &r)
{
    const QString status = !r.ok()         ? QStringLiteral("failed")
                           : r.backedOff   ? QStringLiteral("backed_off")
                           : r.notModified ? QStringLiteral("not_modified")
                                           : QStringLiteral("ok");
    return {{QStringLiteral("id"), r.feedId ? QJsonValue(r.feedId) : QJsonValue()},
            {QStringLiteral("url"), r.url},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("status"), status},
            {QStringLiteral("imported"), r.imported},
            {QStringLiteral("duplicates"), r.duplicates},
            {QStringLiteral("failed"), r.failed},
            {QStringLiteral("next_attempt_at"),
             r.nextAttemptAt.isValid() ? QJsonValue(r.nextAttemptAt.toUTC().toString(Qt::ISODate))
                                       : QJsonValue()},
            {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)}};
}

QString resultLine(const FeedRefreshResult &r)
{
    const QString name = TerminalText::field(r.title.isEmpty() ? r.url : r.title);
    if (r.notModified)
        return QStringLiteral("feed %1 %2: not modified\n").arg(r.feedId).arg(name);
    if (r.backedOff)
        return QStringLiteral("feed %1 %2: not tried, it failed again and again; next attempt after %3\n")
            .arg(r.feedId)
            .arg(name, localMinute(r.nextAttemptAt));
    return QStringLiteral("feed %1 %2: imported %3, duplicates %4, failed %5\n")
        .arg(r.feedId)
        .arg(name)
        .arg(r.imported)
        .arg(r.duplicates)
        .arg(r.failed);
}

// Runs a refresh or a subscription to the end, printing as feeds finish.
int runRefresher(LibraryDatabase &db, bool asJson, const std::function<void(FeedRefresher &)> &start)
{
    FeedRefresher refresher(db);
    refresher.setLimits(DownloadLimits::fromEnvironment());
    QJsonArray results;
    int failed = 0;
    QObject::connect(&refresher, &FeedRefresher::itemResult, [](qint64, const ImportResult &r) {
        if (r.status == ImportResult::Status::Failed)
            CommandLine::printError(r.input, r.error);
    });
    QObject::connect(&refresher, &FeedRefresher::feedFinished, [&](const FeedRefreshResult &r) {
        if (!r.ok()) {
            ++failed;
            if (r.imported + r.duplicates + r.failed == 0)
                CommandLine::printError(r.url, r.error);
        }
        if (asJson)
            results.append(resultJson(r));
        else if (r.feedId)
            CommandLine::printOut(resultLine(r));
    });
    QEventLoop loop;
    QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
    start(refresher);
    if (refresher.isRunning())
        loop.exec();
    if (asJson)
        CommandLine::printJson(QJsonDocument(results));
    return failed ? ExitInputFailed : ExitOk;
}

int feedList(FeedStore &feeds, bool asJson)
{
    Result<QList<FeedInfo>> all = feeds.feeds();
    if (!all) {
        CommandLine::printError(QStringLiteral("feed list"), all.error());
        return ExitInputFailed;
    }
    if (asJson) {
        QJsonArray array;
        for (const FeedInfo &f : all.value()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), f.id},
                {QStringLiteral("url"), f.url},
                {QStringLiteral("title"), f.title},
                {QStringLiteral("site_url"), f.siteUrl},
                {QStringLiteral("added_at"), f.addedAt.toString(Qt::ISODate)},
                {QStringLiteral("last_checked_at"), f.lastCheckedAt.isValid()
                                                        ? QJsonValue(f.lastCheckedAt.toString(Qt::ISODate))
                                                        : QJsonValue()},
                {QStringLiteral("saved_items"), f.savedItems},
                {QStringLiteral("failures_in_a_row"), f.failuresInARow},
                {QStringLiteral("next_attempt_at"), f.nextAttemptAt.isValid()
                                                        ? QJsonValue(f.nextAttemptAt.toString(Qt::ISODate))
                                                        : QJsonValue()},
                {QStringLiteral("error"), f.lastError.isEmpty() ? QJsonValue() : QJsonValue(f.lastError)}});
        }
        CommandLine::printJson(QJsonDocument(array));
        return ExitOk;
    }
    QString text;
    for (const FeedInfo &f : all.value()) {
        // A feed backed off says until when, before its error.
        const QString next = f.nextAttemptAt.isValid()
                                 ? QStringLiteral("next attempt after %1; ").arg(localMinute(f.nextAttemptAt))
                                 : QString();
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5 saved\t%6\n")
                    .arg(f.id)
                    .arg(f.title.isEmpty() ? QStringLiteral("-") : TerminalText::field(f.title),
                         TerminalText::field(f.url),
                         f.lastCheckedAt.isValid() ? localMinute(f.lastCheckedAt) : QStringLiteral("never"))
                    .arg(f.savedItems)
                    .arg(f.lastError.isEmpty()
                             ? QStringLiteral("ok")
                             : next + QStringLiteral("error: ") + TerminalText::field(f.lastError));
    }
    CommandLine::printOut(text);
    return ExitOk;
}

int feedImportOpml(FeedStore &feeds, const QString &path)
{
    Result<QByteArray> bytes = LocalFileReader::read(path, Opml::maxFileSize);
    if (!bytes) {
        CommandLine::printError(path, bytes.error());
        return ExitInputFailed;
    }
    Result<QList<OpmlFeed>> list = Opml::parse(bytes.value());
    if (!list) {
        CommandLine::printError(path, list.error());
        return ExitInputFailed;
    }
    int added = 0, already = 0, failed = 0;
    for (const OpmlFeed &f : list.value()) {
        if (!Downloader::isSupportedUrl(QUrl(f.xmlUrl, QUrl::StrictMode))) {
            CommandLine::printError(f.xmlUrl, QStringLiteral("not an http or https URL"));
            ++failed;
            continue;
        }
        Result<qint64> id = feeds.add(f.xmlUrl, f.title);
        if (id)
            ++added;
        else if (id.error().startsWith(QLatin1String("already subscribed")))
            ++already;
        else {
            CommandLine::printError(f.xmlUrl, id.error());
            ++failed;
        }
    }
    CommandLine::printOut(
        QStringLiteral("added %1, already subscribed %2, failed %3\n").arg(added).arg(already).arg(failed));
    return failed ? ExitInputFailed : ExitOk;
}

int feedExportOpml(FeedStore &feeds, const QString &path)
{
    Result<QList<FeedInfo>> all = feeds.feeds();
    if (!all) {
        CommandLine::printError(path, all.error());
        return ExitInputFailed;
    }
    QList<OpmlFeed> list;
    for (const FeedInfo &f : all.value())
        list.append({f.title, f.url, f.siteUrl});
    // Written whole or not at all: a failed export leaves the old file.
    if (Status written = SafeFileWriter::write(path, Opml::write(list, QStringLiteral("Pathak feeds")));
        !written) {
        CommandLine::printError(path, written.error());
        return ExitInputFailed;
    }
    CommandLine::printOut(QStringLiteral("exported %1 feeds to %2\n").arg(list.size()).arg(path));
    return ExitOk;
}

} // namespace

int feed(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    args.addOption(CommandArguments::jsonOption());
    if (!args.parse())
        return args.exitCode();
    const QString action = args.positional().value(0);
    const QStringList rest = args.positional().mid(1);
    const bool asJson = args.isSet(CommandArguments::jsonOption());
    const bool oneArgument = action == QLatin1String("add") || action == QLatin1String("remove") ||
                             action == QLatin1String("import-opml") || action == QLatin1String("export-opml");
    QList<qint64> ids;
    if (action == QLatin1String("refresh") || action == QLatin1String("remove")) {
        const std::optional<QList<qint64>> given =
            CommandArguments::ids(rest, CommandArguments::IdKind::Feed);
        if (!given)
            return ExitUsage;
        ids = *given;
    }
    if ((oneArgument && rest.size() != 1) || (action == QLatin1String("list") && !rest.isEmpty()) ||
        (!oneArgument && action != QLatin1String("list") && action != QLatin1String("refresh")))
        return args.usageError();
    if (action == QLatin1String("add") && !Downloader::isSupportedUrl(QUrl(rest.first(), QUrl::StrictMode)))
        return CommandArguments::invalid(rest.first(), QStringLiteral("not an http or https URL"));

    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    FeedStore feeds(*db);
    if (action == QLatin1String("list"))
        return feedList(feeds, asJson);
    if (action == QLatin1String("import-opml"))
        return feedImportOpml(feeds, rest.first());
    if (action == QLatin1String("export-opml"))
        return feedExportOpml(feeds, rest.first());
    if (action == QLatin1String("remove")) {
        if (Status s = feeds.remove(ids.first()); !s) {
            CommandLine::printError(rest.first(), s.error());
            return ExitInputFailed;
        }
        CommandLine::printOut(QStringLiteral("removed feed %1 (its saved articles stay)\n").arg(ids.first()));
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        const QUrl url(rest.first(), QUrl::StrictMode);
        return runRefresher(*db, asJson, [url](FeedRefresher &r) { r.subscribe(url); });
    }
    return runRefresher(*db, asJson, [ids](FeedRefresher &r) { r.refresh(ids); });
}

} // namespace pathak::commands

namespace {
const bool registered = pathak::CommandLine::add(
    {QStringLiteral("feed"),
     QStringLiteral(
         "feed add URL | list | refresh [ID…] | remove ID | import-opml FILE | export-opml FILE [--json]"),
     pathak::commands::feed});
} // namespace
