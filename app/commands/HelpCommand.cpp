// help: every command's usage, or one command's.
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"

namespace pathak::commands {

int help(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    if (!args.parse())
        return args.exitCode();
    if (args.positional().size() > 1)
        return args.usageError();
    if (args.positional().isEmpty()) {
        CommandLine::printOut(CommandLine::overview());
        return ExitOk;
    }
    const QString name = args.positional().first();
    const CommandLine::Command *command = CommandLine::find(name);
    if (!command)
        return CommandLine::unknownCommand(name);
    CommandLine::printOut(CommandLine::usage(*command) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace pathak::commands

namespace {
const bool registered = pathak::CommandLine::add(
    {QStringLiteral("help"), QStringLiteral("help [COMMAND]"), pathak::commands::help});
} // namespace
