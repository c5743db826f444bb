// check, backup, restore-backup: finding damage in a library and getting back from it.
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryRecovery.h"
#include "library/PersonalBackup.h"

#include <QFileInfo>

namespace pathak::commands {

namespace {

// These commands take nothing but the library: the status to stop with
// when they were given more (or --help), nothing when they may run.
std::optional<int> stopStatus(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    if (!args.parse())
        return args.exitCode();
    if (!args.positional().isEmpty())
        return args.usageError();
    return std::nullopt;
}

} // namespace

// Reads every page: finds damage that the other commands, which read only
// what they need, would not meet.
int check(const CommandContext &ctx)
{
    if (const std::optional<int> stop = stopStatus(ctx))
        return *stop;
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    if (Status s = LibraryRecovery::quickCheck(*db); !s) {
        CommandLine::printError(ctx.libraryPath, s.error());
        return ExitInputFailed;
    }
    const QDateTime backup = LibraryRecovery::backupTime(db->path());
    const QDateTime personal = PersonalBackup::time(db->path());
    CommandLine::printOut(
        QStringLiteral("%1: ok, schema %2; backup: %3; personal backup: %4\n")
            .arg(ctx.libraryPath)
            .arg(db->schemaVersion())
            .arg(backup.isValid() ? backup.toString(Qt::ISODate) : QStringLiteral("none"),
                 personal.isValid() ? personal.toString(Qt::ISODate) : QStringLiteral("none")));
    return ExitOk;
}

int backup(const CommandContext &ctx)
{
    if (const std::optional<int> stop = stopStatus(ctx))
        return *stop;
    const QString path = QFileInfo(ctx.libraryPath).absoluteFilePath();
    // The whole library, whatever its size (the daily backup of a large one
    // is the personal part alone), and the personal part beside it.
    if (Status s = LibraryRecovery::refreshBackup(path, 0); !s) {
        CommandLine::printError(ctx.libraryPath, s.error());
        return ExitInputFailed;
    }
    if (Status s = PersonalBackup::refresh(path, 0); !s) {
        CommandLine::printError(ctx.libraryPath, s.error());
        return ExitInputFailed;
    }
    CommandLine::printOut(QStringLiteral("backed up to %1 and %2\n")
                              .arg(LibraryRecovery::backupPath(path), PersonalBackup::path(path)));
    return ExitOk;
}

int restoreBackup(const CommandContext &ctx)
{
    if (const std::optional<int> stop = stopStatus(ctx))
        return *stop;
    const QString path = QFileInfo(ctx.libraryPath).absoluteFilePath();
    const bool existed = QFileInfo::exists(path);
    QString note;
    if (Status s = LibraryRecovery::restoreBackup(path, &note); !s) {
        CommandLine::printError(ctx.libraryPath, s.error());
        return ExitInputFailed;
    }
    CommandLine::printOut(
        (existed ? QStringLiteral("restored %1 from its backup; the old file was moved aside").arg(path)
                 : QStringLiteral("restored %1 from its backup").arg(path)) +
        (note.isEmpty() ? QString() : QStringLiteral("; ") + note) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace pathak::commands

namespace {
const bool registered = [] {
    using pathak::CommandLine;
    CommandLine::add({QStringLiteral("check"), QStringLiteral("check"), pathak::commands::check});
    CommandLine::add({QStringLiteral("backup"), QStringLiteral("backup"), pathak::commands::backup});
    CommandLine::add({QStringLiteral("restore-backup"), QStringLiteral("restore-backup"),
                      pathak::commands::restoreBackup});
    return true;
}();
} // namespace
