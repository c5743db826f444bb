#pragma once

namespace pathak {
struct CommandContext;
}

// One function per subcommand of DESIGN.md §3; each returns an ExitCode.
// Grouped by the module they drive, one .cpp file per group.
namespace pathak::commands {

// LibraryCommands.cpp
int parse(const CommandContext &ctx);
int import(const CommandContext &ctx);
int list(const CommandContext &ctx);
int show(const CommandContext &ctx);
int remove(const CommandContext &ctx);

} // namespace pathak::commands
