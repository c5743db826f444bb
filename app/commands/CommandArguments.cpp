#include "app/commands/CommandArguments.h"

namespace pathak {

namespace {

// QCommandLineParser ends its errors with a full stop; ours go on with the usage.
QString withoutFinalStop(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

CommandArguments::CommandArguments(const CommandContext &ctx)
    : m_ctx(ctx), m_helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")})
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_helpOption);
}

void CommandArguments::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void CommandArguments::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
}

bool CommandArguments::parse()
{
    if (!m_parser.parse(m_ctx.arguments)) {
        invalid(m_ctx.command->name, withoutFinalStop(m_parser.errorText()) + QStringLiteral("; ") +
                                         CommandLine::usage(*m_ctx.command));
        m_exitCode = ExitUsage;
        return false;
    }
    if (m_parser.isSet(m_helpOption)) {
        CommandLine::printOut(CommandLine::usage(*m_ctx.command) + QLatin1Char('\n'));
        m_exitCode = ExitOk;
        return false;
    }
    // The first positional argument is the command's name.
    m_positional = m_parser.positionalArguments().mid(1);
    return true;
}

int CommandArguments::usageError() const
{
    return invalid(m_ctx.command->name, CommandLine::usage(*m_ctx.command));
}

int CommandArguments::invalid(const QString &input, const QString &reason)
{
    CommandLine::printError(input, reason);
    return ExitUsage;
}

std::optional<qint64> CommandArguments::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> CommandArguments::id(const QString &text, IdKind kind)
{
    const std::optional<qint64> id = parseId(text);
    if (!id)
        invalid(text,
                kind == IdKind::Feed ? QStringLiteral("not a feed id") : QStringLiteral("not an article id"));
    return id;
}

std::optional<QList<qint64>> CommandArguments::ids(const QStringList &texts, IdKind kind)
{
    QList<qint64> out;
    for (const QString &text : texts) {
        const std::optional<qint64> one = id(text, kind);
        if (!one)
            return std::nullopt;
        out.append(*one);
    }
    return out;
}

const QCommandLineOption &CommandArguments::jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), QStringLiteral("Print JSON."));
    return option;
}

} // namespace pathak
