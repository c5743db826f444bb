// export-library, import-library: the whole library to files and back.
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"
#include "archive/LibraryArchiveExport.h"
#include "archive/LibraryArchiveImport.h"
#include "library/LibraryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace pathak::commands {

int exportLibrary(const CommandContext &ctx);
int importLibrary(const CommandContext &ctx);

namespace {

const QCommandLineOption progressOption(QStringLiteral("progress"),
                                        QStringLiteral("Print progress lines to stderr."));

void printProgress(const char *verb, int done, int total)
{
    const QByteArray line =
        QStringLiteral("%1: %2/%3\n").arg(QLatin1String(verb)).arg(done).arg(total).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace

int exportLibrary(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    args.addOptions({CommandArguments::jsonOption(), progressOption});
    if (!args.parse())
        return args.exitCode();
    if (args.positional().size() != 1)
        return args.usageError();
    const QString target = args.positional().first();
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    LibraryArchiveExport exporter(*db);
    if (args.isSet(progressOption))
        exporter.setProgressCallback([](int done, int total) { printProgress("exporting", done, total); });
    Result<LibraryArchiveExportSummary> written = exporter.write(target);
    if (!written) {
        CommandLine::printError(target, written.error());
        return ExitInputFailed;
    }
    if (args.isSet(CommandArguments::jsonOption())) {
        CommandLine::printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("path"), target},
                                      {QStringLiteral("articles"), written->articles},
                                      {QStringLiteral("annotations"), written->annotations},
                                      {QStringLiteral("feeds"), written->feeds}}));
    } else {
        CommandLine::printOut(QStringLiteral("exported %1 articles, %2 annotations and %3 feeds to %4\n")
                                  .arg(written->articles)
                                  .arg(written->annotations)
                                  .arg(written->feeds)
                                  .arg(target));
    }
    return ExitOk;
}

int importLibrary(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    args.addOptions({CommandArguments::jsonOption(), progressOption});
    if (!args.parse())
        return args.exitCode();
    if (args.positional().size() != 1)
        return args.usageError();
    const QString source = args.positional().first();
    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    LibraryArchiveImport importer(*db);
    if (args.isSet(progressOption))
        importer.setProgressCallback([](int done, int total) { printProgress("importing", done, total); });
    Result<LibraryArchiveImportSummary> read = importer.read(source);
    if (!read) {
        CommandLine::printError(source, read.error());
        return ExitInputFailed;
    }
    const LibraryArchiveImportSummary &s = read.value();
    for (const LibraryArchiveImportSummary::Failure &f : s.failures)
        CommandLine::printError(source + QLatin1Char('/') + f.folder, f.error);
    if (!s.error.isEmpty())
        CommandLine::printError(source,
                                s.error + QStringLiteral(" (stopped here; what was imported before stays)"));
    if (args.isSet(CommandArguments::jsonOption())) {
        QJsonArray failures;
        for (const LibraryArchiveImportSummary::Failure &f : s.failures)
            failures.append(
                QJsonObject{{QStringLiteral("folder"), f.folder}, {QStringLiteral("error"), f.error}});
        CommandLine::printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("imported"), s.imported},
                        {QStringLiteral("merged"), s.merged},
                        {QStringLiteral("annotations"), s.annotations},
                        {QStringLiteral("feeds"), s.feeds},
                        {QStringLiteral("failures"), failures},
                        {QStringLiteral("error"), s.error.isEmpty() ? QJsonValue() : QJsonValue(s.error)}}));
    } else {
        CommandLine::printOut(LibraryArchiveImport::describe(s) + QLatin1Char('\n'));
    }
    return s.failures.isEmpty() && s.error.isEmpty() ? ExitOk : ExitInputFailed;
}

} // namespace pathak::commands

namespace {
const bool registered = [] {
    using pathak::CommandLine;
    CommandLine::add({QStringLiteral("export-library"),
                      QStringLiteral("export-library DIR|FILE.zip [--json] [--progress]"),
                      pathak::commands::exportLibrary});
    CommandLine::add({QStringLiteral("import-library"),
                      QStringLiteral("import-library DIR|FILE.zip [--json] [--progress]"),
                      pathak::commands::importLibrary});
    return true;
}();
} // namespace
