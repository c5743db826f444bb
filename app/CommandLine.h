#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QJsonDocument;

namespace pathak {

class LibraryDatabase;
struct CommandContext;

// Exit statuses: 0 done, 1 some input failed (the rest was still done),
// 2 the command line itself was wrong.
enum ExitCode { ExitOk = 0, ExitInputFailed = 1, ExitUsage = 2 };

// The `pathak COMMAND …` front end: finds the command, strips the global
// options (--library), and runs it.
class CommandLine
{
public:
    using Handler = std::function<int(const CommandContext &)>;
    struct Command
    {
        QString name;
        // What the command takes, after "pathak ": the one text shown by
        // `pathak help`, `pathak COMMAND --help` and its usage errors.
        QString usage;
        Handler run;
        bool needsGui = false; // runs with a QGuiApplication (shaping, screenshot)
    };

    // Each command file registers its commands with a namespace-scope
    // `const bool registered = CommandLine::add({...});`, so a new command
    // touches only its own file.
    static bool add(Command command);
    static const QList<Command> &commands();
    static const Command *find(const QString &name);

    // Splits argv into the command name and a context; an empty name means
    // "open the GUI".
    static CommandContext contextFor(const QStringList &argv, QString *commandName, QString *error);

    static void printOut(const QString &text);
    // Indented, as every command's --json prints.
    static void printJson(const QJsonDocument &json);
    // "pathak: INPUT: REASON", one line on stderr.
    static void printError(const QString &input, const QString &reason);
    // Text as it is, on stderr.
    static void printErrorText(const QString &text);

    // "usage: pathak USAGE" for one command.
    static QString usage(const Command &command);
    // How to call pathak, with every command's usage.
    static QString overview();
    // Says there is no such command, then lists those there are; returns ExitUsage.
    static int unknownCommand(const QString &name);
};

// What every subcommand gets: its own arguments (the program name, then the
// command name among them, global options removed), the library it works on,
// and its registration.
struct CommandContext
{
    QStringList arguments;
    QString libraryPath;
    const CommandLine::Command *command = nullptr;

    // Opens the library, printing the error and returning null on failure.
    std::unique_ptr<LibraryDatabase> openLibrary() const;
};

} // namespace pathak
