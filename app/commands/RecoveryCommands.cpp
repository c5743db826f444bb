// check, backup, restore-backup: finding damage in a library and getting back from it.
#include "app/CommandLine.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryRecovery.h"

#include <QFileInfo>

namespace pathak::commands {

namespace {

bool noArguments(const CommandContext &ctx, const QString &usage)
{
    if (ctx.arguments.size() == 2)
        return true;
    CommandLine::printError(ctx.arguments.value(1), QStringLiteral("usage: pathak ") + usage);
    return false;
}

} // namespace

// Reads every page: finds damage that the other commands, which read only
// what they need, would not meet.
int check(const CommandContext &ctx)
{
    if (!noArguments(ctx, QStringLiteral("check")))
        return ExitUsage;
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    if (Status s = LibraryRecovery::quickCheck(*db); !s) {
        CommandLine::printError(ctx.libraryPath, s.error());
        return ExitInputFailed;
    }
    const QDateTime backup = LibraryRecovery::backupTime(db->path());
    CommandLine::printOut(QStringLiteral("%1: ok, schema %2; backup: %3\n")
                              .arg(ctx.libraryPath)
                              .arg(db->schemaVersion())
                              .arg(backup.isValid() ? backup.toString(Qt::ISODate) : QStringLiteral("none")));
    return ExitOk;
}

int backup(const CommandContext &ctx)
{
    if (!noArguments(ctx, QStringLiteral("backup")))
        return ExitUsage;
    const QString path = QFileInfo(ctx.libraryPath).absoluteFilePath();
    if (Status s = LibraryRecovery::refreshBackup(path, 0); !s) {
        CommandLine::printError(ctx.libraryPath, s.error());
        return ExitInputFailed;
    }
    CommandLine::printOut(QStringLiteral("backed up to %1\n").arg(LibraryRecovery::backupPath(path)));
    return ExitOk;
}

int restoreBackup(const CommandContext &ctx)
{
    if (!noArguments(ctx, QStringLiteral("restore-backup")))
        return ExitUsage;
    const QString path = QFileInfo(ctx.libraryPath).absoluteFilePath();
    const bool existed = QFileInfo::exists(path);
    if (Status s = LibraryRecovery::restoreBackup(path); !s) {
        CommandLine::printError(ctx.libraryPath, s.error());
        return ExitInputFailed;
    }
    CommandLine::printOut(
        existed ? QStringLiteral("restored %1 from its backup; the old file was moved aside\n").arg(path)
                : QStringLiteral("restored %1 from its backup\n").arg(path));
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
