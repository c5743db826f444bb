#pragma once

#include "app/CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <optional>

namespace pathak {

// One command's arguments, read the same way for every command: its
// options (a single-dash word is a long option: -json is --json), the
// positional arguments after its name, -h/--help, and ids. Usage errors
// print the usage text the command registered, so it is written once.
class CommandArguments
{
public:
    enum class IdKind { Article, Feed };

    explicit CommandArguments(const CommandContext &ctx);

    void addOption(const QCommandLineOption &option);
    void addOptions(const QList<QCommandLineOption> &options);

    // Reads the arguments; false when the command is to stop here, after a
    // usage error (printed) or after printing its usage for --help.
    // exitCode() then says with which status.
    bool parse();
    int exitCode() const { return m_exitCode; }

    // The arguments after the command's name.
    const QStringList &positional() const { return m_positional; }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }

    // Prints "pathak: COMMAND: usage: pathak USAGE"; returns ExitUsage.
    int usageError() const;
    // Prints "pathak: INPUT: REASON" for an argument the command cannot
    // take; returns ExitUsage.
    static int invalid(const QString &input, const QString &reason);

    // An id as the commands take them: a whole number from 1.
    static std::optional<qint64> parseId(const QString &text);
    // The same, printing "TEXT: not an article id" (or feed id) when it is not one.
    static std::optional<qint64> id(const QString &text, IdKind kind = IdKind::Article);
    // Every text as an id; nothing after the first that is not one (printed).
    static std::optional<QList<qint64>> ids(const QStringList &texts, IdKind kind = IdKind::Article);

    // --json: print JSON instead of text.
    static const QCommandLineOption &jsonOption();

private:
    const CommandContext &m_ctx;
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QStringList m_positional;
    int m_exitCode = ExitOk;
};

} // namespace pathak
