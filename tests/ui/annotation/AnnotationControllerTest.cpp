// Annotations in the main window: highlighting the reader's selection, the
// panel and undo, and the shaping rule (highlights never change the glyphs).
#include "ui/annotation/AnnotationController.h"
#include "annotation/AnnotationStore.h"
#include "EnvironmentOverride.h"
#include "import/ArticleImporter.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "TestLibrary.h"
#include "text/TextAnchor.h"
#include "ui/annotation/AnnotationDock.h"
#include "ui/annotation/AnnotationListModel.h"
#include "ui/app/ReaderApp.h"
#include "ui/reader/ReaderDocument.h"
#include "ui/reader/ReaderView.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QEventLoop>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QUndoGroup>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

namespace {

QAction *actionWithShortcut(QWidget &window, const QKeySequence &keys)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcuts().contains(keys))
            return a;
    }
    return nullptr;
}

// Offsets (UTF-16) just after a virama that joins two consonants: the
// middle of a conjunct such as ক্ষ, where no highlight may end.
QList<int> insideConjuncts(const QString &text)
{
    QList<int> at;
    for (int i = 1; i + 1 < text.size(); ++i) {
        if (text.at(i) == QChar(0x09CD) && text.at(i - 1).script() == QChar::Script_Bengali &&
            text.at(i + 1).isLetter())
            at.append(i + 1);
    }
    return at;
}

// The glyphs of every block of the view's article, one string per block.
QStringList glyphsOf(const ReaderView &view)
{
    QStringList out;
    for (const ReaderDocument::Block &b : view.readerDocument().blocks())
        out.append(ReaderDocument::glyphString(view.readerDocument().shapedRuns(b)));
    return out;
}

// The passage the layer's highlight covers, in the reader's text.
QString highlighted(const ReaderView &view, const ReaderHighlight &h)
{
    return view.readerDocument().plainText().mid(h.start, h.end - h.start);
}

// Sets the busy timeout (milliseconds) of the library connections opened
// until the returned guard goes.
} // namespace

TEST(AnnotationController, HighlightsTheSelectionWholeClustersWithUndo)
{
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    TestLibrary lib;
    const qint64 id = test::storeArticle(
        lib.store(), ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt"))).value());
    lib.close();
    ReaderApp app(LibraryDatabase::open(lib.path()).value());
    MainWindow &window = app.window();
    ASSERT_TRUE(window.openArticle(id));
    ReaderView *reader = window.readerView();
    AnnotationController *controller = app.annotations();
    ASSERT_NE(controller, nullptr);

    QAction *yellow = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *underline = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_U));
    ASSERT_NE(yellow, nullptr);
    ASSERT_NE(underline, nullptr);
    EXPECT_FALSE(yellow->isEnabled()); // nothing selected yet

    // Select from the start of the first conjunct's word to the middle of the conjunct.
    const QString plain = reader->readerDocument().plainText();
    // In text the reader shows (the seed's derived title is shown as its
    // first sentence, not twice).
    const ReaderDocument &doc = reader->readerDocument();
    auto shown = [&doc](int offset) { return doc.toPlainOffset(doc.toDocumentPosition(offset)) == offset; };
    QList<int> cuts;
    for (int c : insideConjuncts(plain)) {
        if (c >= 6 && shown(c) && shown(c - 6))
            cuts.append(c);
    }
    ASSERT_FALSE(cuts.isEmpty());
    const int cut = cuts.first();
    const int from = std::max(0, cut - 6);
    QTextCursor c(reader->document());
    c.setPosition(reader->readerDocument().toDocumentPosition(from));
    c.setPosition(reader->readerDocument().toDocumentPosition(cut), QTextCursor::KeepAnchor);
    reader->setTextCursor(c);
    EXPECT_TRUE(yellow->isEnabled());
    yellow->trigger();

    Result<QList<Annotation>> stored = controller->store().forArticle(id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    const TextAnchor anchor(plain);
    // Widened past the virama to the end of the cluster.
    EXPECT_GT(anchor.toUtf16(stored->first().end), cut);
    EXPECT_EQ(stored->first().color, AnnotationColor::Yellow);
    ASSERT_EQ(reader->highlights(AnnotationController::layerName()).size(), 1);
    EXPECT_EQ(controller->dock()->model()->rowCount(), 1);

    reader->setTextCursor(c);
    underline->trigger();
    EXPECT_EQ(controller->store().forArticle(id)->size(), 2);
    EXPECT_TRUE(reader->highlights(AnnotationController::layerName()).last().underline);

    QUndoGroup *undo = controller->undoGroup();
    undo->undo();
    undo->undo();
    EXPECT_TRUE(controller->store().forArticle(id)->isEmpty());
    EXPECT_TRUE(reader->highlights(AnnotationController::layerName()).isEmpty());
    EXPECT_EQ(controller->dock()->model()->rowCount(), 0);
    undo->redo();
    EXPECT_EQ(controller->store().forArticle(id)->size(), 1);
    EXPECT_EQ(reader->highlights(AnnotationController::layerName()).size(), 1);
}

// The rule the reader is built on, for every test article: highlights over
// ranges that would cut conjuncts leave the glyphs as they were; the same
// ranges as character formats (what the reader must never do) change them,
// which shows the comparison can see the difference.
TEST(AnnotationController, HighlightsKeepTheGlyphsCharacterFormatsWouldNot)
{
    int articles = 0, formatsChangedGlyphs = 0;
    for (const QString &file : corpusFiles()) {
        Result<NewArticle> in = ArticleImporter::readFile(file);
        ASSERT_TRUE(in.ok()) << file.toStdString();
        ReaderView view;
        view.resize(900, 700);
        view.showArticle(1, in->article);
        const QStringList before = glyphsOf(view);
        const QString plain = view.readerDocument().plainText();
        const QList<int> cuts = insideConjuncts(plain);
        if (cuts.isEmpty())
            continue;
        ++articles;

        QList<ReaderHighlight> highlights;
        for (int cut : cuts)
            highlights.append({std::max(0, cut - 5), cut, QColor(0xff, 0xf1, 0x76), false});
        view.setHighlights(AnnotationController::layerName(), highlights);
        EXPECT_EQ(glyphsOf(view), before) << file.toStdString();

        for (const ReaderHighlight &h : highlights) {
            QTextCursor c(view.document());
            c.setPosition(view.readerDocument().toDocumentPosition(h.start));
            c.setPosition(view.readerDocument().toDocumentPosition(h.end), QTextCursor::KeepAnchor);
            QTextCharFormat f;
            f.setBackground(h.color);
            c.mergeCharFormat(f);
        }
        formatsChangedGlyphs += glyphsOf(view) != before ? 1 : 0;
    }
    EXPECT_GE(articles, 3);
    EXPECT_EQ(formatsChangedGlyphs, articles);
}

TEST(AnnotationController, ShapingCommandWithAnnotationsPrintsTheSameGlyphs)
{
    TestLibrary lib;
    int annotated = 0;
    for (const QString &file : corpusFiles()) {
        const qint64 id = test::storeArticle(lib.store(), ArticleImporter::readFile(file).value());
        const QString plain = lib.store().article(id)->article.plainText();
        const TextAnchor anchor(plain);
        AnnotationStore store(lib.db());
        const QList<AnnotationColor> colors = Annotation::colors();
        int n = 0;
        for (int cut : insideConjuncts(plain)) {
            const TextRange range{anchor.toCodePoint(std::max(0, cut - 4)), anchor.toCodePoint(cut)};
            if (store.create(id, range, colors.at(n++ % colors.size())).ok())
                ++annotated;
        }
    }
    ASSERT_GE(annotated, 10);
    lib.close();
    for (int id = 1; id <= int(corpusFiles().size()); ++id) {
        const QStringList base{QStringLiteral("--library"), lib.path(), QStringLiteral("shaping"),
                               QString::number(id)};
        const ProcessResult plain = runPathak(base);
        const ProcessResult marked = runPathak(base + QStringList{QStringLiteral("--with-annotations")});
        ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
        ASSERT_EQ(marked.exitCode, 0) << marked.err.toStdString();
        EXPECT_FALSE(plain.out.isEmpty());
        EXPECT_EQ(marked.out, plain.out) << "article " << id;
    }
}

// Re-anchoring an opened article's annotations is written off the GUI
// thread: while another connection (an import's batch) holds the write lock,
// the article opens at once with its highlights where they were stored, and
// the found-again places arrive when the lock is released.
TEST(AnnotationController, ReanchorsInTheBackgroundWhileAnotherWriterHoldsTheLock)
{
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    // The writer waits for the lock as long as the test holds it.
    const test::EnvironmentOverride busy("PATHAK_BUSY_TIMEOUT", "120000");

    TestLibrary lib;
    const qint64 id = test::storeArticle(
        lib.store(), ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt"))).value());
    const QString before = lib.store().article(id)->article.plainText();
    const QString quote = QStringLiteral("ক্রেমলিনের মতে");
    const qsizetype at = before.indexOf(quote);
    ASSERT_GE(at, 0);
    const TextAnchor anchor(before);
    Result<Annotation> made = AnnotationStore(lib.db()).create(
        id, {anchor.toCodePoint(int(at)), anchor.toCodePoint(int(at + quote.size()))}, AnnotationColor::Blue);
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    // A re-parse put a sentence before every paragraph: the passage moved.
    QSqlQuery q(lib.db().connection());
    q.prepare(QStringLiteral("UPDATE paragraphs SET text = ? || text WHERE article_id = ?"));
    q.addBindValue(QStringLiteral("নতুন। "));
    q.addBindValue(id);
    ASSERT_TRUE(q.exec());
    lib.close();

    ReaderApp app(LibraryDatabase::open(lib.path()).value());
    MainWindow &window = app.window();
    AnnotationController *controller = app.annotations();
    ReaderView *reader = window.readerView();
    Result<std::unique_ptr<LibraryDatabase>> other = LibraryDatabase::open(lib.path());
    ASSERT_TRUE(other.ok()) << other.error().toStdString();
    QSqlQuery lock(other.value()->connection());
    ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

    QSignalSpy finished(controller, &AnnotationController::reanchorFinished);
    ASSERT_TRUE(window.openArticle(id));
    EXPECT_EQ(reader->articleId(), id);
    // Painted where it was stored, which the new text no longer has there.
    ASSERT_EQ(reader->highlights(AnnotationController::layerName()).size(), 1);
    EXPECT_NE(highlighted(*reader, reader->highlights(AnnotationController::layerName()).first()),
              made->exact);
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();                     // the window is not blocked…
    EXPECT_TRUE(finished.isEmpty()); // …while the writer waits for the lock
    EXPECT_EQ(controller->store().annotation(made->id)->start, made->start);
    // The other writer edits the note meanwhile: re-anchoring must not write it over.
    QSqlQuery edit(other.value()->connection());
    edit.prepare(QStringLiteral("UPDATE annotations SET note = ? WHERE id = ?"));
    edit.addBindValue(QStringLiteral("টীকা"));
    edit.addBindValue(made->id);
    ASSERT_TRUE(edit.exec());

    ASSERT_TRUE(lock.exec(QStringLiteral("COMMIT")));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.first().first().toLongLong(), id);
    const Annotation moved = controller->store().annotation(made->id).value();
    EXPECT_FALSE(moved.orphaned);
    EXPECT_NE(moved.start, made->start);
    EXPECT_EQ(moved.note, QStringLiteral("টীকা"));
    // The highlight, and the mark of its new note.
    const QList<ReaderHighlight> shown = reader->highlights(AnnotationController::layerName());
    ASSERT_EQ(shown.size(), 2);
    EXPECT_EQ(highlighted(*reader, shown.first()), made->exact);
    EXPECT_TRUE(shown.last().noteMarker);
    // The panel shows the new place too.
    ASSERT_EQ(controller->dock()->model()->rowCount(), 1);
    EXPECT_EQ(controller->dock()->model()->annotationAt(0).start, moved.start);
}
