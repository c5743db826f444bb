#include "app/CommandLine.h"

#include "library/LibraryDatabase.h"

#include <cstdio>

namespace pathak {

std::unique_ptr<LibraryDatabase> CommandContext::openLibrary() const
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(libraryPath);
    if (!db) {
        CommandLine::printError(libraryPath, db.error());
        return nullptr;
    }
    return std::move(db).value();
}

namespace {
// Filled by static initialisers before main(); read-only afterwards.
QList<CommandLine::Command> &registry()
{
    static QList<CommandLine::Command> list;
    return list;
}
} // namespace

bool CommandLine::add(Command command)
{
    registry().append(std::move(command));
    return true;
}

const QList<CommandLine::Command> &CommandLine::commands()
{
    return registry();
}

const CommandLine::Command *CommandLine::find(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

CommandContext CommandLine::contextFor(const QStringList &argv, QString *commandName, QString *error)
{
    CommandContext ctx;
    ctx.libraryPath = LibraryDatabase::defaultPath();
    commandName->clear();
    for (int i = 1; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (arg == QLatin1String("--library")) {
            if (i + 1 >= argv.size()) {
                *error = QStringLiteral("--library needs a file");
                return ctx;
            }
            ctx.libraryPath = argv.at(++i);
            continue;
        }
        if (arg.startsWith(QLatin1String("--library="))) {
            ctx.libraryPath = arg.mid(10);
            continue;
        }
        if (commandName->isEmpty() && !arg.startsWith(QLatin1Char('-')))
            *commandName = arg;
        ctx.arguments.append(arg);
    }
    // QCommandLineParser wants the program name first.
    ctx.arguments.prepend(argv.value(0));
    return ctx;
}

void CommandLine::printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void CommandLine::printError(const QString &input, const QString &reason)
{
    const QByteArray line = QStringLiteral("pathak: %1: %2\n").arg(input, reason).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

void CommandLine::printUsage()
{
    QString text = QStringLiteral("Usage: pathak [--library FILE] [COMMAND …]\n"
                                  "With no command, opens the reader.\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  ") + c.synopsis + QLatin1Char('\n');
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
}

} // namespace pathak
