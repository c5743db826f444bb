#include "CommandLine.h"
#include "LibraryDatabase.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

using namespace pathak;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pathak"));
    QCoreApplication::setApplicationName(QStringLiteral("pathak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATHAK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList argv0;
    for (int i = 0; i < argc; ++i)
        argv0.append(QString::fromLocal8Bit(argv[i]));

    QString commandName;
    QString error;
    // The application name decides the default library path, so set it before reading options.
    describeApplication();
    const CommandContext ctx = CommandLine::contextFor(argv0, &commandName, &error);
    if (!error.isEmpty()) {
        CommandLine::printError(QStringLiteral("pathak"), error);
        return ExitUsage;
    }

    if (commandName.isEmpty()) {
        if (ctx.arguments.contains(QLatin1String("--help")) || ctx.arguments.contains(QLatin1String("-h"))) {
            CommandLine::printUsage();
            return ExitOk;
        }
        QApplication app(argc, argv);
        describeApplication();
        return ui::MainWindow::runApplication(ctx.libraryPath);
    }

    const CommandLine::Command *command = CommandLine::find(commandName);
    if (!command) {
        CommandLine::printError(commandName, QStringLiteral("unknown command"));
        CommandLine::printUsage();
        return ExitUsage;
    }
    std::unique_ptr<QCoreApplication> app;
    if (command->needsGui) {
        // Commands that draw (shaping, screenshot) need no screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    return command->run(ctx);
}
