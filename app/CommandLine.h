#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace pathak {

class LibraryDatabase;

// What every subcommand gets: its own arguments (the command name first,
// global options removed) and the library it works on.
struct CommandContext
{
    QStringList arguments;
    QString libraryPath;

    // Opens the library, printing the error and returning null on failure.
    std::unique_ptr<LibraryDatabase> openLibrary() const;
};

// Exit statuses of DESIGN.md §3.
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
        QString synopsis;
        Handler run;
        bool needsGui = false; // runs with a QGuiApplication (shaping, screenshot)
    };

    // Each command file registers its commands with a namespace-scope
    // `const bool registered = CommandLine::add({...});`, so a new command
    // touches only its own file and app/CMakeLists.txt.
    static bool add(Command command);
    static const QList<Command> &commands();
    static const Command *find(const QString &name);

    // Splits argv into the command name and a context; nullopt-like empty
    // name means "open the GUI".
    static CommandContext contextFor(const QStringList &argv, QString *commandName, QString *error);

    static void printOut(const QString &text);
    static void printError(const QString &input, const QString &reason);
    static void printUsage();
};

} // namespace pathak
