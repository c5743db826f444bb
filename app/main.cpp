#include "app/CommandLine.h"
#include "library/LibraryDatabase.h"
#include "ui/app/ReaderApp.h"
#include "ui/window/LaunchInputs.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SingleInstance.h"
#include "ui/window/WindowEvents.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStatusBar>
#include <QTimer>

#include <memory>

using namespace pathak;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pathak"));
    QCoreApplication::setApplicationName(QStringLiteral("pathak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATHAK_VERSION));
}

ui::MainWindow *readerWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<ui::MainWindow *>(w))
            return window;
    }
    return nullptr;
}

// Imports files and folders in the reader's window, after the import
// already running if there is one.
void importFilesInReader(const QStringList &files)
{
    ui::MainWindow *window = readerWindow();
    if (!window || files.isEmpty())
        return;
    if (window->startImport(files))
        return;
    QObject::connect(
        &window->events(), &ui::WindowEvents::importFinished, window, [files] { importFilesInReader(files); },
        Qt::SingleShotConnection);
}

// What a launch asked for, in the reader's window: files to the file
// import, web addresses (and pathak://save links) to the web importer.
void importInReader(const QStringList &inputs)
{
    ui::MainWindow *window = readerWindow();
    if (!window || inputs.isEmpty())
        return;
    window->raise();
    window->activateWindow();
    const ui::LaunchInputs split = ui::LaunchInputs::split(inputs);
    for (const QString &line : split.refused)
        CommandLine::printErrorText(QStringLiteral("pathak: ") + line + QLatin1Char('\n'));
    if (!split.refused.isEmpty())
        window->statusBar()->showMessage(split.refused.join(QStringLiteral("; ")), 10000);
    if (!split.urls.isEmpty())
        emit window->events().urlsToSave(split.urls);
    importFilesInReader(split.files);
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

    // `pathak FILE…` and `pathak URL…` open the reader with them (the desktop file's way).
    if (commandName.isEmpty() || (!ctx.command && ui::LaunchInputs::isReaderInput(commandName))) {
        if (ctx.arguments.contains(QLatin1String("--help")) || ctx.arguments.contains(QLatin1String("-h"))) {
            CommandLine::printOut(CommandLine::overview());
            return ExitOk;
        }
        if (ctx.arguments.contains(QLatin1String("--version"))) {
            CommandLine::printOut(QStringLiteral("pathak %1\n").arg(QCoreApplication::applicationVersion()));
            return ExitOk;
        }
        QApplication app(argc, argv);
        describeApplication();
        QStringList inputs;
        for (const QString &a : ctx.arguments.mid(1)) {
            if (!a.startsWith(QLatin1Char('-')))
                inputs.append(a);
        }
        // One reader per library: a second launch hands its inputs over and exits.
        ui::SingleInstance instance(ctx.libraryPath);
        if (!instance.claim(inputs))
            return ExitOk;
        QObject::connect(&instance, &ui::SingleInstance::argumentsReceived, &importInReader);
        const QStringList absolute = ui::SingleInstance::absoluteArguments(inputs);
        QTimer::singleShot(0, &instance, [absolute] { importInReader(absolute); });
        return ui::ReaderApp::run(ctx.libraryPath);
    }

    const CommandLine::Command *command = ctx.command;
    if (!command)
        return CommandLine::unknownCommand(commandName);
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
