#include "app/CommandLine.h"

#include "library/LibraryDatabase.h"

#include <QJsonDocument>

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

void write(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
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
    ctx.command = find(*commandName);
    return ctx;
}

void CommandLine::printOut(const QString &text)
{
    write(stdout, text);
}

void CommandLine::printJson(const QJsonDocument &json)
{
    printOut(QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
}

void CommandLine::printError(const QString &input, const QString &reason)
{
    printErrorText(QStringLiteral("pathak: %1: %2\n").arg(input, reason));
}

void CommandLine::printErrorText(const QString &text)
{
    write(stderr, text);
}

QString CommandLine::usage(const Command &command)
{
    return QStringLiteral("usage: pathak ") + command.usage;
}

QString CommandLine::overview()
{
    QString text = QStringLiteral("Usage: pathak [--library FILE] [COMMAND …]\n"
                                  "With no command, opens the reader.\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  ") + c.usage + QLatin1Char('\n');
    return text;
}

int CommandLine::unknownCommand(const QString &name)
{
    printError(name, QStringLiteral("unknown command"));
    printErrorText(overview());
    return ExitUsage;
}

} // namespace pathak
