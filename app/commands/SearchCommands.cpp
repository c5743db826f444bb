// search: full-text search of the library, and repair of its index.
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"
#include "app/TerminalText.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryListQuery.h"
#include "library/LibraryStore.h"
#include "search/LibraryQuery.h"
#include "search/SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pathak::commands {

int search(const CommandContext &ctx);

namespace {

std::optional<QDate> parseDay(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

// Hits are marked [like this] in the snippets the command prints.
const QString markOpen = QStringLiteral("[");
const QString markClose = QStringLiteral("]");

} // namespace

int search(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("At most N hits."),
                                         QStringLiteral("N"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          QStringLiteral("Source label or URL contains TEXT."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("Saved on or after."),
                                        QStringLiteral("DAY"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Saved on or before."),
                                      QStringLiteral("DAY"));
    const QCommandLineOption favouritesOption(QStringLiteral("favourites"),
                                              QStringLiteral("Favourites only."));
    const QCommandLineOption annotatedOption(QStringLiteral("annotated"),
                                             QStringLiteral("Annotated articles only."));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild"),
                                           QStringLiteral("Rebuild the search index."));
    const QCommandLineOption checkOption(QStringLiteral("check"), QStringLiteral("Check the search index."));
    const QCommandLineOption &jsonOption = CommandArguments::jsonOption();
    args.addOptions({jsonOption, limitOption, sourceOption, fromOption, toOption, favouritesOption,
                     annotatedOption, rebuildOption, checkOption});
    if (!args.parse())
        return args.exitCode();
    // Words need no quoting: `pathak search ডোনাল্ড ট্রাম্প` searches both.
    const QString text = args.positional().join(QLatin1Char(' '));
    const bool maintenance = args.isSet(rebuildOption) || args.isSet(checkOption);
    if (maintenance == !text.isEmpty() || (args.isSet(rebuildOption) && args.isSet(checkOption)))
        return args.usageError();

    SearchFilter filter;
    filter.source = args.value(sourceOption);
    filter.favouritesOnly = args.isSet(favouritesOption);
    filter.annotatedOnly = args.isSet(annotatedOption);
    for (const auto &[option, day] :
         {std::pair{&fromOption, &filter.savedFrom}, std::pair{&toOption, &filter.savedTo}}) {
        if (!args.isSet(*option))
            continue;
        const std::optional<QDate> d = parseDay(args.value(*option));
        if (!d)
            return CommandArguments::invalid(args.value(*option), QStringLiteral("not a date (YYYY-MM-DD)"));
        *day = *d;
    }
    int limit = SearchIndex::DefaultLimit;
    if (args.isSet(limitOption)) {
        bool ok = false;
        limit = args.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0)
            return CommandArguments::invalid(args.value(limitOption),
                                             QStringLiteral("--limit needs a positive number"));
    }

    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    SearchIndex index(*db);

    if (args.isSet(rebuildOption)) {
        if (Status s = index.rebuild(); !s) {
            CommandLine::printError(ctx.libraryPath, s.error());
            return ExitInputFailed;
        }
        LibraryStore store(*db);
        CommandLine::printOut(QStringLiteral("rebuilt the search index of %1 articles\n")
                                  .arg(store.count().ok() ? store.count().value() : 0));
        return ExitOk;
    }
    if (args.isSet(checkOption)) {
        if (Status s = index.check(); !s) {
            CommandLine::printError(ctx.libraryPath,
                                    s.error() + QStringLiteral(" (repair: pathak search --rebuild)"));
            return ExitInputFailed;
        }
        CommandLine::printOut(QStringLiteral("search index is in step with the library\n"));
        return ExitOk;
    }

    // Operators narrow the search; a query of operators alone lists what
    // they find, newest first, as hits without a snippet.
    const LibraryQuery query = LibraryQuery::parse(text);
    filter.condition = query.filter();
    Result<QList<SearchHit>> hits = QList<SearchHit>();
    if (query.hasSearchText() || query.filter().isEmpty()) {
        hits = index.search(query.searchText(), filter, limit);
    } else {
        // Newest first, one page of the list: never every matching row.
        LibraryListQuery list(*db);
        list.setCondition(query.condition());
        Result<LibraryListQuery::Page> page = list.page(std::nullopt, limit);
        if (!page) {
            CommandLine::printError(text, page.error());
            return ExitInputFailed;
        }
        QList<SearchHit> found;
        for (const ArticleSummary &s : std::as_const(page->rows))
            found.append(SearchHit{s.id, s.title, {}, {}, 0});
        hits = std::move(found);
    }
    if (!hits) {
        CommandLine::printError(text, hits.error());
        return ExitInputFailed;
    }
    // bm25 scores span orders of magnitude (a word in most articles scores
    // near zero): keep significant digits, not decimal places.
    auto rounded = [](double score) { return QString::number(score, 'g', 4).toDouble(); };
    if (args.isSet(jsonOption)) {
        QJsonArray array;
        for (const SearchHit &h : hits.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), h.id},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("snippet"), h.markedSnippet(markOpen, markClose)},
                                     {QStringLiteral("score"), rounded(h.score)}});
        }
        CommandLine::printJson(QJsonDocument(array));
        return ExitOk;
    }
    QString out;
    for (SearchHit h : hits.value()) {
        // Same length, so the hits' ranges in the snippet still hold.
        h.snippet = TerminalText::field(h.snippet);
        out += QStringLiteral("%1\t%2\t%3\n\t%4\n")
                   .arg(h.id)
                   .arg(QString::number(h.score, 'g', 4))
                   .arg(TerminalText::field(h.title), h.markedSnippet(markOpen, markClose));
    }
    CommandLine::printOut(out);
    return ExitOk;
}

} // namespace pathak::commands

namespace {
const bool registered = pathak::CommandLine::add(
    {QStringLiteral("search"),
     QStringLiteral(
         "search QUERY… [--json] [--limit N] [--source TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
         "[--favourites] [--annotated] | search --rebuild | search --check"),
     pathak::commands::search});
} // namespace
