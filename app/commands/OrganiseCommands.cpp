// tag, tags, archive, unarchive: organising the library.
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"
#include "app/TerminalText.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "library/TagStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pathak::commands {

int tag(const CommandContext &ctx);
int tags(const CommandContext &ctx);
int archive(const CommandContext &ctx);
int unarchive(const CommandContext &ctx);

namespace {

int setArchived(const CommandContext &ctx, bool archived)
{
    CommandArguments args(ctx);
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
    int failed = 0;
    // One at a time, as remove does: an unknown id does not hold up the others.
    for (qint64 id : *ids) {
        if (Status s = store.setArchived(id, archived); !s) {
            CommandLine::printError(QString::number(id), s.error());
            ++failed;
            continue;
        }
        CommandLine::printOut(
            (archived ? QStringLiteral("archived %1\n") : QStringLiteral("unarchived %1\n")).arg(id));
    }
    return failed ? ExitInputFailed : ExitOk;
}

} // namespace

int tag(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption addOption(QStringLiteral("add"), QStringLiteral("Add tag T (repeatable)."),
                                       QStringLiteral("T"));
    const QCommandLineOption removeOption(QStringLiteral("remove"),
                                          QStringLiteral("Remove tag T (repeatable)."), QStringLiteral("T"));
    args.addOptions({addOption, removeOption});
    if (!args.parse())
        return args.exitCode();
    const std::optional<QList<qint64>> ids = CommandArguments::ids(args.positional());
    if (!ids)
        return ExitUsage;
    const QStringList adds = args.values(addOption);
    const QStringList removes = args.values(removeOption);
    if (ids->isEmpty() || (adds.isEmpty() && removes.isEmpty()))
        return args.usageError();
    for (const QString &name : adds) {
        if (TagStore::cleanName(name).isEmpty())
            return CommandArguments::invalid(name, QStringLiteral("a tag needs a name"));
    }
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    TagStore store(*db);
    // Each tag is one transaction over every id: an unknown id changes nothing.
    for (const QString &name : adds) {
        Result<int> added = store.add(*ids, name);
        if (!added) {
            CommandLine::printError(name, added.error());
            return ExitInputFailed;
        }
        CommandLine::printOut(QStringLiteral("tagged %1 of %2 articles with %3\n")
                                  .arg(added.value())
                                  .arg(ids->size())
                                  .arg(TerminalText::field(TagStore::cleanName(name))));
    }
    for (const QString &name : removes) {
        Result<int> removed = store.remove(*ids, name);
        if (!removed) {
            CommandLine::printError(name, removed.error());
            return ExitInputFailed;
        }
        CommandLine::printOut(QStringLiteral("removed %1 from %2 articles\n")
                                  .arg(TerminalText::field(TagStore::cleanName(name)))
                                  .arg(removed.value()));
    }
    return ExitOk;
}

int tags(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption renameOption(
        QStringLiteral("rename"), QStringLiteral("Rename tag OLD (with --to; an existing name merges)."),
        QStringLiteral("OLD"));
    const QCommandLineOption mergeOption(QStringLiteral("merge"),
                                         QStringLiteral("Merge tag FROM into the tag named by --to."),
                                         QStringLiteral("FROM"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("The new name."),
                                      QStringLiteral("NEW"));
    const QCommandLineOption deleteOption(
        QStringLiteral("delete"), QStringLiteral("Delete tag T from every article."), QStringLiteral("T"));
    args.addOptions({CommandArguments::jsonOption(), renameOption, mergeOption, toOption, deleteOption});
    if (!args.parse())
        return args.exitCode();
    const int changes =
        int(args.isSet(renameOption)) + int(args.isSet(mergeOption)) + int(args.isSet(deleteOption));
    if (!args.positional().isEmpty() || changes > 1 ||
        (args.isSet(toOption) != (args.isSet(renameOption) || args.isSet(mergeOption))))
        return args.usageError();
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    TagStore store(*db);
    if (changes == 1) {
        const QString name = args.isSet(renameOption)  ? args.value(renameOption)
                             : args.isSet(mergeOption) ? args.value(mergeOption)
                                                       : args.value(deleteOption);
        const Status s = args.isSet(renameOption)  ? store.rename(name, args.value(toOption))
                         : args.isSet(mergeOption) ? store.merge(name, args.value(toOption))
                                                   : store.deleteTag(name);
        if (!s) {
            CommandLine::printError(name, s.error());
            return ExitInputFailed;
        }
    }
    Result<QList<TagCount>> list = store.tags();
    if (!list) {
        CommandLine::printError(ctx.libraryPath, list.error());
        return ExitInputFailed;
    }
    if (args.isSet(CommandArguments::jsonOption())) {
        QJsonArray array;
        for (const TagCount &t : list.value())
            array.append(
                QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("articles"), t.articles}});
        CommandLine::printJson(QJsonDocument(array));
        return ExitOk;
    }
    QString text;
    for (const TagCount &t : list.value())
        text += QStringLiteral("%1\t%2\n").arg(TerminalText::field(t.name)).arg(t.articles);
    CommandLine::printOut(text);
    return ExitOk;
}

int archive(const CommandContext &ctx)
{
    return setArchived(ctx, true);
}

int unarchive(const CommandContext &ctx)
{
    return setArchived(ctx, false);
}

} // namespace pathak::commands

namespace {
const bool registered = [] {
    using pathak::CommandLine;
    CommandLine::add(
        {QStringLiteral("tag"), QStringLiteral("tag ID… [--add T]… [--remove T]…"), pathak::commands::tag});
    CommandLine::add(
        {QStringLiteral("tags"),
         QStringLiteral("tags [--json] [--rename OLD --to NEW | --merge FROM --to INTO | --delete T]"),
         pathak::commands::tags});
    CommandLine::add({QStringLiteral("archive"), QStringLiteral("archive ID…"), pathak::commands::archive});
    CommandLine::add(
        {QStringLiteral("unarchive"), QStringLiteral("unarchive ID…"), pathak::commands::unarchive});
    return true;
}();
} // namespace
