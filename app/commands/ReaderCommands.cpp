// shaping, screenshot: the commands that show what the reader draws.
#include "annotation/AnnotationStore.h"
#include "app/CommandLine.h"
#include "app/commands/CommandArguments.h"
#include "import/ArticleImporter.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/app/ReaderApp.h"
#include "ui/library/LibraryModel.h"
#include "ui/reader/ReaderFonts.h"
#include "ui/reader/ReaderView.h"
#include "ui/search/SearchPanel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/UiLanguage.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>

namespace pathak::commands {

int shaping(const CommandContext &ctx);
int screenshot(const CommandContext &ctx);

int shaping(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption annotationsOption(
        QStringLiteral("with-annotations"), QStringLiteral("Paint the article's stored annotations first."));
    args.addOption(annotationsOption);
    if (!args.parse())
        return args.exitCode();
    if (args.positional().size() != 1)
        return args.usageError();
    const bool withAnnotations = args.isSet(annotationsOption);
    QList<Annotation> annotations;
    const QString input = args.positional().first();
    Article article;
    QByteArray photo;
    // A path that exists is a file, parsed on the fly; otherwise a library id.
    if (QFileInfo::exists(input)) {
        Result<NewArticle> read = ArticleImporter::readFile(input);
        if (!read) {
            CommandLine::printError(input, read.error());
            return ExitInputFailed;
        }
        article = read->article;
    } else if (const std::optional<qint64> id = CommandArguments::parseId(input)) {
        std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
        if (!db)
            return ExitInputFailed;
        LibraryStore store(*db);
        Result<StoredArticle> stored = store.article(*id);
        if (!stored) {
            CommandLine::printError(input, stored.error());
            return ExitInputFailed;
        }
        article = stored->article;
        Result<QByteArray> image = store.image(*id);
        if (image)
            photo = image.value();
        if (withAnnotations) {
            Result<QList<Annotation>> stored = AnnotationStore(*db).forArticle(*id);
            if (!stored) {
                CommandLine::printError(input, stored.error());
                return ExitInputFailed;
            }
            annotations = stored.value();
        }
    } else {
        CommandLine::printError(input, QStringLiteral("no such file, and not an article id"));
        return ExitInputFailed;
    }
    if (withAnnotations && QFileInfo::exists(input))
        return CommandArguments::invalid(input, QStringLiteral("--with-annotations needs an article id"));

    // The reading view itself lays the article out. Each block on one line:
    // a space where a line wraps is not drawn, so a wrapped block would lack
    // its glyph and not compare with hb-shape.
    ui::ReaderFonts::ensureLoaded();
    ui::ReaderView view;
    view.setLineWrapMode(QTextEdit::NoWrap);
    view.resize(900, 800);
    view.showArticle(0, article, photo);
    // Painted exactly as the reader paints them, then shaped again: the
    // glyphs must not change (highlights are selections, not formats).
    view.setHighlights(
        ui::AnnotationController::layerName(),
        ui::AnnotationController::readerHighlights(annotations, view.readerDocument().plainText()));
    const ui::ReaderDocument &doc = view.readerDocument();
    QString out;
    for (const ui::ReaderDocument::Block &b : doc.blocks()) {
        if (b.part == ui::ReaderDocument::Part::Photo)
            continue;
        QString name = ui::ReaderDocument::partName(b.part);
        if (b.part == ui::ReaderDocument::Part::Paragraph || b.part == ui::ReaderDocument::Part::Comment ||
            b.part == ui::ReaderDocument::Part::CommentAuthor)
            name += QLatin1Char(' ') + QString::number(b.index + 1);
        out +=
            name + QLatin1Char('\t') + ui::ReaderDocument::glyphString(doc.shapedRuns(b)) + QLatin1Char('\n');
    }
    CommandLine::printOut(out);
    return ExitOk;
}

int screenshot(const CommandContext &ctx)
{
    CommandArguments args(ctx);
    const QCommandLineOption articleOption(QStringLiteral("article"), QStringLiteral("Article to show."),
                                           QStringLiteral("ID"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("light, dark or sepia."),
                                         QStringLiteral("THEME"), QStringLiteral("light"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("Search for QUERY and open the best hit."),
                                          QStringLiteral("QUERY"));
    args.addOptions({articleOption, themeOption, sizeOption, searchOption});
    if (!args.parse())
        return args.exitCode();
    if (args.positional().size() != 1)
        return args.usageError();
    const QString out = args.positional().first();
    const std::optional<ui::ReaderTheme> theme = ui::ReaderSettings::themeFromName(args.value(themeOption));
    if (!theme)
        return CommandArguments::invalid(args.value(themeOption),
                                         QStringLiteral("unknown theme (light, dark, sepia)"));
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(args.value(sizeOption));
    if (!size.hasMatch())
        return CommandArguments::invalid(args.value(sizeOption),
                                         QStringLiteral("size must be WxH, e.g. 1280x800"));
    std::optional<qint64> articleId;
    if (args.isSet(articleOption)) {
        articleId = CommandArguments::id(args.value(articleOption));
        if (!articleId)
            return ExitUsage;
    }

    std::unique_ptr<LibraryDatabase> db = ctx.openLibrary();
    if (!db)
        return ExitInputFailed;
    ui::UiLanguage::apply(ui::UiLanguage::setting());
    ui::ReaderApp app(std::move(db));
    ui::MainWindow &window = app.window();
    ui::ReaderSettings settings;
    settings.theme = *theme;
    window.setReaderSettings(settings);
    window.resize(size.captured(1).toInt(), size.captured(2).toInt());
    if (articleId) {
        if (!window.openArticle(*articleId)) {
            CommandLine::printError(QString::number(*articleId), QStringLiteral("no article with this id"));
            return ExitInputFailed;
        }
    } else if (window.libraryModel()->rowCount() > 0) {
        window.libraryView()->setCurrentIndex(window.libraryModel()->index(0, 0));
    }
    window.show();
    QApplication::processEvents();
    if (args.isSet(searchOption)) {
        ui::SearchPanel *panel = app.searchPanel();
        QEventLoop loop;
        QObject::connect(panel, &ui::SearchPanel::searchFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        panel->searchFor(args.value(searchOption));
        loop.exec();
        if (!articleId)
            panel->openResult(0);
        QApplication::processEvents();
    }
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(out, "PNG")) {
        CommandLine::printError(out, QStringLiteral("cannot write the image"));
        return ExitInputFailed;
    }
    return ExitOk;
}

} // namespace pathak::commands

namespace {
const bool registered = [] {
    using pathak::CommandLine;
    CommandLine::add({QStringLiteral("shaping"), QStringLiteral("shaping FILE|ID [--with-annotations]"),
                      pathak::commands::shaping, true});
    CommandLine::add(
        {QStringLiteral("screenshot"),
         QStringLiteral("screenshot OUT.png [--article ID] [--theme light|dark|sepia] [--size WxH] "
                        "[--search QUERY]"),
         pathak::commands::screenshot, true});
    return true;
}();
} // namespace
