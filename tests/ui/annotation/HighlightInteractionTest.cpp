// Acting on highlights where they are: a click on one selects it in the
// panel and opens its popover, hovering shows the note, right-click offers
// its actions, overlapping highlights both show, mouse selections snap to
// words, undo keeps to the open article, and the panel's keys work.
#include "annotation/AnnotationExporter.h"
#include "annotation/AnnotationStore.h"
#include "annotation/ReviewSchedule.h"
#include "AnnotationFixtures.h"
#include "import/ArticleImporter.h"
#include "library/LibraryDatabase.h"
#include "TestLibrary.h"
#include "text/BengaliText.h"
#include "text/TextAnchor.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationDock.h"
#include "ui/annotation/AnnotationListModel.h"
#include "ui/annotation/AnnotationPopover.h"
#include "ui/annotation/AnnotationUndo.h"
#include "ui/annotation/NoteDialog.h"
#include "ui/annotation/ReviewDialog.h"
#include "ui/app/ReaderApp.h"
#include "ui/reader/ReaderView.h"
#include "ui/window/MainWindow.h"
#include "ui/window/UiLanguage.h"
#include <QFile>
#include <QPushButton>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUndoGroup>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

namespace {

// A reader window over a library holding the seed and the rain articles.
struct Reader
{
    QTemporaryDir settings;
    TestLibrary lib;
    qint64 seed = 0;
    qint64 rain = 0;
    std::unique_ptr<ReaderApp> app;

    Reader()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        seed = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
        rain = importFile(lib, QStringLiteral("rain-with-comments.txt"));
        lib.close();
        app = std::make_unique<ReaderApp>(LibraryDatabase::open(lib.path()).value());
        app->window().resize(1200, 800);
        app->window().show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&app->window()));
    }
    MainWindow &window() { return app->window(); }
    ReaderView &reader() { return *app->window().readerView(); }
    AnnotationController &annotations() { return *app->annotations(); }
    AnnotationStore &store() { return app->annotations()->store(); }

    // The annotation's first line box, in the viewport, scrolled into view.
    QRectF boxOf(const Annotation &a)
    {
        const TextAnchor anchor(reader().readerDocument().plainText());
        reader().scrollToPlainOffset(anchor.toUtf16(a.start));
        const QList<QRectF> rects = reader().lineRectsFor(anchor.toUtf16(a.start), anchor.toUtf16(a.end));
        return rects.isEmpty() ? QRectF() : rects.first();
    }
    Annotation highlight(qint64 article, const QString &quote,
                         AnnotationColor color = AnnotationColor::Yellow, const QString &note = {})
    {
        // The library's own connection is closed: the open article's text
        // is the reader's.
        EXPECT_EQ(reader().articleId(), article);
        const TextAnchor anchor(reader().readerDocument().plainText());
        const QList<TextRange> found = anchor.occurrences(quote);
        EXPECT_FALSE(found.isEmpty());
        return store().create(article, found.value(0), color, note).value();
    }
};

// Runs f on the next modal dialog of type T once it is open.
template <typename T> void onDialog(const std::function<void(T &)> &f)
{
    QTimer::singleShot(0, qApp, [f] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<T *>(w); d && d->isVisible()) {
                f(*d);
                return;
            }
        }
        ADD_FAILURE() << "no dialog open";
    });
}

} // namespace

TEST(HighlightInteraction, ClickSelectsTheHighlightAndItsPopoverActsOnIt)
{
    Reader r;
    ASSERT_TRUE(r.window().openArticle(r.seed));
    const Annotation a = r.highlight(r.seed, QStringLiteral("শান্তি আলোচনার"));
    const QRectF box = r.boxOf(a);
    ASSERT_FALSE(box.isEmpty());

    QTest::mouseClick(r.reader().viewport(), Qt::LeftButton, {}, box.center().toPoint());
    AnnotationPopover *popover = r.annotations().popover();
    ASSERT_TRUE(popover->isVisible());
    EXPECT_EQ(popover->annotationId(), a.id);
    EXPECT_TRUE(popover->colorButton(AnnotationColor::Yellow)->isChecked());
    ASSERT_TRUE(r.annotations().dock()->current().has_value());
    EXPECT_EQ(r.annotations().dock()->current()->id, a.id);

    // A colour from the popover, undone from the menu.
    QTest::mouseClick(popover->colorButton(AnnotationColor::Green), Qt::LeftButton);
    EXPECT_FALSE(popover->isVisible());
    EXPECT_EQ(r.store().annotation(a.id)->color, AnnotationColor::Green);
    r.annotations().undoGroup()->undo();
    EXPECT_EQ(r.store().annotation(a.id)->color, AnnotationColor::Yellow);

    // Copy quote, then delete from the keyboard.
    QTest::mouseClick(r.reader().viewport(), Qt::LeftButton, {}, box.center().toPoint());
    ASSERT_TRUE(popover->isVisible());
    QTest::keyClick(popover, Qt::Key_C);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), a.exact);
    QTest::mouseClick(r.reader().viewport(), Qt::LeftButton, {}, box.center().toPoint());
    QTest::keyClick(popover, Qt::Key_Delete);
    EXPECT_FALSE(r.store().annotation(a.id).ok());
    EXPECT_EQ(r.annotations().dock()->model()->rowCount(), 0);

    // A click on text without a highlight opens nothing.
    QTest::mouseClick(r.reader().viewport(), Qt::LeftButton, {}, box.center().toPoint());
    EXPECT_FALSE(popover->isVisible());
}

TEST(HighlightInteraction, PopoverNoteOpensTheNoteDialogInTheReadingFont)
{
    Reader r;
    ASSERT_TRUE(r.window().openArticle(r.seed));
    const Annotation a = r.highlight(r.seed, QStringLiteral("শান্তি আলোচনার"));
    QTest::mouseClick(r.reader().viewport(), Qt::LeftButton, {}, r.boxOf(a).center().toPoint());
    ASSERT_TRUE(r.annotations().popover()->isVisible());
    onDialog<NoteDialog>([&](NoteDialog &d) {
        EXPECT_FALSE(d.editor()->font().italic());
        EXPECT_EQ(d.editor()->font().family(), r.reader().document()->defaultFont().family());
        EXPECT_EQ(d.colors()->checkedId(), int(AnnotationColor::Yellow));
        d.editor()->setPlainText(QStringLiteral("আলোচনা কবে?"));
        d.colors()->button(int(AnnotationColor::Blue))->click();
        d.accept();
    });
    QTest::mouseClick(r.annotations().popover()->noteButton(), Qt::LeftButton);
    const Annotation after = r.store().annotation(a.id).value();
    EXPECT_EQ(after.note, QStringLiteral("আলোচনা কবে?"));
    EXPECT_EQ(after.color, AnnotationColor::Blue);

    // The note shows on hover, as plain text, and the highlight carries a mark.
    const QRectF box = r.boxOf(after);
    QHelpEvent hover(QEvent::ToolTip, box.center().toPoint(),
                     r.reader().viewport()->mapToGlobal(box.center().toPoint()));
    QApplication::sendEvent(r.reader().viewport(), &hover);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("আলোচনা কবে?")));
    const QList<ReaderHighlight> layer = r.reader().highlights(AnnotationController::layerName());
    EXPECT_TRUE(
        std::any_of(layer.begin(), layer.end(), [](const ReaderHighlight &h) { return h.noteMarker; }));
}

TEST(HighlightInteraction, RightClickOnAHighlightOffersItsActions)
{
    Reader r;
    ASSERT_TRUE(r.window().openArticle(r.seed));
    const Annotation a = r.highlight(r.seed, QStringLiteral("শান্তি আলোচনার"));
    const QPoint at = r.boxOf(a).center().toPoint();
    QStringList offered;
    QTimer::singleShot(0, qApp, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        for (QAction *action : menu->actions())
            offered << action->text();
        QAction *remove = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Delete Highlight"))
                remove = action;
        }
        menu->close();
        if (remove)
            remove->trigger();
    });
    QContextMenuEvent e(QContextMenuEvent::Mouse, at, r.reader().viewport()->mapToGlobal(at));
    QApplication::sendEvent(r.reader().viewport(), &e);
    EXPECT_TRUE(offered.contains(QStringLiteral("Copy Quote"))) << offered.join(u'|').toStdString();
    EXPECT_TRUE(offered.contains(QStringLiteral("Add Note…")));
    EXPECT_FALSE(r.store().annotation(a.id).ok());
}

TEST(HighlightInteraction, OverlappingHighlightsBothShow)
{
    const QString text = QStringLiteral("এক দুই তিন চার পাঁচ ছয়");
    Annotation yellow;
    yellow.start = 0;
    yellow.end = 11; // এক দুই তিন
    yellow.color = AnnotationColor::Yellow;
    Annotation blue = yellow;
    blue.start = 7; // তিন চার
    blue.end = 15;
    blue.color = AnnotationColor::Blue;
    const QList<ReaderHighlight> h = AnnotationController::readerHighlights({yellow, blue}, text);
    ASSERT_EQ(h.size(), 3);
    EXPECT_EQ(h.at(0).end, 7);
    EXPECT_EQ(h.at(0).color, AnnotationListModel::colorFor(AnnotationColor::Yellow));
    EXPECT_EQ(h.at(1).start, 7);
    EXPECT_EQ(h.at(1).end, 11);
    EXPECT_NE(h.at(1).color, h.at(0).color);
    EXPECT_NE(h.at(1).color, h.at(2).color);
    EXPECT_EQ(h.at(2).color, AnnotationListModel::colorFor(AnnotationColor::Blue));

    // One inside another of the same colour stands out, and a note is marked.
    Annotation inner = yellow;
    inner.start = 3;
    inner.end = 6;
    inner.note = QStringLiteral("টীকা");
    const QList<ReaderHighlight> nested = AnnotationController::readerHighlights({yellow, inner}, text);
    ASSERT_EQ(nested.size(), 4); // before, inside, after, the note's mark
    EXPECT_NE(nested.at(1).color, nested.at(0).color);
    EXPECT_TRUE(nested.last().noteMarker);
    EXPECT_TRUE(nested.last().markOnly);
}

TEST(HighlightInteraction, MouseSelectionsSnapToWordsUnlessAltIsHeld)
{
    Reader r;
    ASSERT_TRUE(r.window().openArticle(r.seed));
    ReaderView &reader = r.reader();
    const QString plain = reader.readerDocument().plainText();
    const int word = int(plain.indexOf(QStringLiteral("শান্তি আলোচনার")));
    ASSERT_GT(word, 0);
    const QString words = QStringLiteral("শান্তি আলোচনার");
    auto drag = [&](Qt::KeyboardModifiers modifiers) {
        // A press inside a selection would drag the selected text instead.
        QTextCursor here = reader.textCursor();
        here.clearSelection();
        reader.setTextCursor(here);
        reader.scrollToPlainOffset(word);
        const QRectF box = reader.lineRectsFor(word, word + int(words.size())).value(0);
        EXPECT_FALSE(box.isEmpty());
        // From a little inside the first word to a little inside the second.
        const QPoint from(int(box.left() + box.width() * 0.12), int(box.center().y()));
        const QPoint to(int(box.right() - box.width() * 0.12), int(box.center().y()));
        QTest::mousePress(reader.viewport(), Qt::LeftButton, modifiers, from);
        QMouseEvent move(QEvent::MouseMove, to, reader.viewport()->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, modifiers);
        QApplication::sendEvent(reader.viewport(), &move);
        QTest::mouseRelease(reader.viewport(), Qt::LeftButton, modifiers, to);
        const auto range = reader.selectedPlainRange();
        return range ? plain.mid(range->first, range->second - range->first) : QString();
    };
    EXPECT_EQ(drag(Qt::NoModifier), QStringLiteral("শান্তি আলোচনার"));
    const QString exact = drag(Qt::AltModifier);
    EXPECT_FALSE(exact.isEmpty());
    EXPECT_NE(exact, QStringLiteral("শান্তি আলোচনার"));
    EXPECT_TRUE(QStringLiteral("শান্তি আলোচনার").contains(exact));
}

TEST(HighlightInteraction, UndoActsOnTheOpenArticle)
{
    Reader r;
    QStatusBar *status = r.window().statusBar();
    auto highlightText = [&r](const QString &quote) {
        const QString plain = r.reader().readerDocument().plainText();
        const int at = int(plain.indexOf(quote));
        QTextCursor c(r.reader().document());
        c.setPosition(r.reader().readerDocument().toDocumentPosition(at));
        c.setPosition(r.reader().readerDocument().toDocumentPosition(at + int(quote.size())),
                      QTextCursor::KeepAnchor);
        r.reader().setTextCursor(c);
        return r.annotations().annotateSelection(AnnotationColor::Pink);
    };
    ASSERT_TRUE(r.window().openArticle(r.seed));
    ASSERT_TRUE(highlightText(QStringLiteral("শান্তি আলোচনার")));
    ASSERT_TRUE(r.window().openArticle(r.rain));
    ASSERT_TRUE(highlightText(QStringLiteral("ভারী বৃষ্টি")));

    QAction *undo = nullptr;
    for (QAction *a : r.window().findChildren<QAction *>()) {
        if (a->shortcuts().contains(QKeySequence::Undo))
            undo = a;
    }
    ASSERT_NE(undo, nullptr);
    undo->trigger();
    EXPECT_TRUE(r.store().forArticle(r.rain)->isEmpty());
    EXPECT_FALSE(status->currentMessage().isEmpty()); // says what it undid
    // Nothing more to undo here: the seed's highlight is out of sight and stays.
    EXPECT_FALSE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(r.store().forArticle(r.seed)->size(), 1);
    // Back in the seed article, undo takes its highlight back.
    ASSERT_TRUE(r.window().openArticle(r.seed));
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_TRUE(r.store().forArticle(r.seed)->isEmpty());
}

TEST(HighlightInteraction, PanelKeysAndButtonsWorkOnClick)
{
    TestLibrary lib;
    const qint64 id = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    AnnotationStore store(lib.db());
    AnnotationUndo undo;
    QMainWindow window;
    // The window's own Del, as the Article menu has it.
    auto *deleteArticle = new QAction(&window);
    deleteArticle->setShortcut(QKeySequence::Delete);
    window.addAction(deleteArticle);
    QSignalSpy articleDeleted(deleteArticle, &QAction::triggered);
    auto *dock = new AnnotationDock(store, undo, &window);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.resize(900, 600);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dock->setArticle(id);
    const Annotation a = store.create(id, find(lib, id, QStringLiteral("ক্রেমলিনের মতে"))).value();
    store.create(id, find(lib, id, QStringLiteral("শান্তি আলোচনার")), AnnotationColor::Purple).value();
    ASSERT_EQ(dock->model()->rowCount(), 2);

    QToolButton *noteButton = nullptr;
    for (QToolButton *b : dock->findChildren<QToolButton *>()) {
        if (b->text() == QStringLiteral("Note…"))
            noteButton = b;
    }
    ASSERT_NE(noteButton, nullptr);
    EXPECT_FALSE(noteButton->isEnabled());
    const int row = dock->model()->rowOf(a.id);
    const QRect rect = dock->view()->visualRect(dock->model()->index(row));
    QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_TRUE(noteButton->isEnabled()); // on the click, not after an arrow key
    ASSERT_TRUE(dock->current().has_value());
    EXPECT_EQ(dock->current()->id, a.id);

    // The colour menu checks the annotation's colour.
    QMenu *colors = nullptr;
    for (QToolButton *b : dock->findChildren<QToolButton *>()) {
        if (b->menu())
            colors = b->menu();
    }
    ASSERT_NE(colors, nullptr);
    QStringList checked;
    for (QAction *c : colors->actions()) {
        if (c->isChecked())
            checked << c->data().toString();
    }
    EXPECT_EQ(checked, QStringList{QStringLiteral("yellow")});

    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_2);
    EXPECT_EQ(store.annotation(a.id)->color, AnnotationColor::Green);
    onDialog<NoteDialog>([](NoteDialog &d) {
        d.editor()->setPlainText(QStringLiteral("নোট"));
        d.accept();
    });
    QTest::keyClick(dock->view(), Qt::Key_F2);
    EXPECT_EQ(store.annotation(a.id)->note, QStringLiteral("নোট"));
    QTest::keyClick(dock->view(), Qt::Key_Delete);
    EXPECT_FALSE(store.annotation(a.id).ok());
    EXPECT_EQ(articleDeleted.size(), 0); // the window's Del did not fire
    EXPECT_EQ(undo.stackFor(id)->count(), 3);
}

TEST(HighlightInteraction, DailyReviewKeepsSkipsAndOpens)
{
    Reader r;
    ASSERT_TRUE(r.window().openArticle(r.seed));
    const Annotation a = r.highlight(r.seed, QStringLiteral("শান্তি আলোচনার"), AnnotationColor::Yellow,
                                     QStringLiteral("মনে রাখার মতো"));
    const Annotation b = r.highlight(r.seed, QStringLiteral("ক্রেমলিনের মতে"));
    ReviewSchedule schedule(r.window().database());
    const QDate today(2026, 12, 4);
    {
        ReviewDialog dialog(r.store(), schedule, {{r.seed, QStringLiteral("ল্যাভরভ")}},
                            r.reader().document()->defaultFont(), today);
        dialog.show();
        dialog.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        ASSERT_EQ(dialog.count(), 2);
        EXPECT_EQ(dialog.current()->id, a.id);
        QTest::keyClick(&dialog, Qt::Key_K);
        EXPECT_EQ(dialog.current()->id, b.id);
        QTest::keyClick(&dialog, Qt::Key_S);
        EXPECT_FALSE(dialog.current().has_value());
        EXPECT_FALSE(dialog.keepButton()->isEnabled());
    }
    EXPECT_EQ(schedule.nextDue(a.id).value(), today.addDays(ReviewSchedule::firstInterval));
    EXPECT_EQ(schedule.nextDue(b.id).value(), today.addDays(1));
    // Tomorrow only the skipped one is back; O opens its article at it.
    ReviewDialog tomorrow(r.store(), schedule, {}, r.reader().document()->defaultFont(), today.addDays(1));
    ASSERT_EQ(tomorrow.count(), 1);
    QSignalSpy open(&tomorrow, &ReviewDialog::openRequested);
    tomorrow.show();
    tomorrow.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&tomorrow));
    QTest::keyClick(&tomorrow, Qt::Key_O);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().at(1).toInt(), b.start);
}

TEST(HighlightInteraction, ExportsAndImportsAnnotationsFromTheWindow)
{
    Reader r;
    ASSERT_TRUE(r.window().openArticle(r.seed));
    const Annotation a =
        r.highlight(r.seed, QStringLiteral("শান্তি আলোচনার"), AnnotationColor::Green, QStringLiteral("টীকা"));
    QTemporaryDir out;
    for (const AnnotationExportFormatInfo &f : AnnotationExporter::formats()) {
        const QString path = out.filePath(QStringLiteral("one.") + f.suffix);
        ASSERT_TRUE(r.annotations().exportAnnotationsTo(path, f.format, false)) << f.name.toStdString();
        EXPECT_TRUE(readAll(path).contains(a.exact.toUtf8())) << f.name.toStdString();
    }
    const QString all = out.filePath(QStringLiteral("all.json"));
    ASSERT_TRUE(r.annotations().exportAnnotationsTo(all, AnnotationExportFormat::WebAnnotationJson, true));

    // Gone, then back from the file, on the article it names.
    ASSERT_TRUE(r.store().remove(a.id).ok());
    ASSERT_TRUE(r.annotations().importAnnotationsFrom(all));
    Result<QList<Annotation>> back = r.store().forArticle(r.seed);
    ASSERT_EQ(back->size(), 1);
    EXPECT_EQ(back->first().exact, a.exact);
    EXPECT_EQ(back->first().note, a.note);
    EXPECT_EQ(back->first().color, AnnotationColor::Green);
    EXPECT_EQ(r.annotations().dock()->model()->rowCount(), 1);
    // Again: nothing is stored twice, and the status bar says so.
    ASSERT_TRUE(r.annotations().importAnnotationsFrom(all));
    EXPECT_EQ(r.store().forArticle(r.seed)->size(), 1);
    EXPECT_TRUE(r.window().statusBar()->currentMessage().contains(QStringLiteral("already there")));
    // A broken file is refused with a reason, and nothing changes.
    const QString broken = out.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"type\": ");
    f.close();
    EXPECT_FALSE(r.annotations().importAnnotationsFrom(broken));
    EXPECT_FALSE(r.window().statusBar()->currentMessage().isEmpty());
    EXPECT_EQ(r.store().forArticle(r.seed)->size(), 1);
}

// The popover, the note editor and the review in the Bengali interface: no
// English word and no ASCII digit on them, apart from the key names.
TEST(HighlightInteraction, BengaliInterfaceHasNoEnglishOnTheNewScreens)
{
    Reader r;
    ASSERT_TRUE(r.window().openArticle(r.seed));
    const Annotation a =
        r.highlight(r.seed, QStringLiteral("শান্তি আলোচনার"), AnnotationColor::Yellow, QStringLiteral("টীকা"));
    ASSERT_EQ(UiLanguage::apply(QStringLiteral("bn")), QStringLiteral("bn"));
    const auto restore = qScopeGuard([] { UiLanguage::apply(QStringLiteral("en")); });
    AnnotationPopover popover;
    popover.popup(a, QPoint(100, 100));
    NoteDialog note(a.exact, a.note, a.color, r.reader().document()->defaultFont());
    ReviewSchedule schedule(r.window().database());
    ReviewDialog review(r.store(), schedule, {{r.seed, QStringLiteral("ল্যাভরভ")}},
                        r.reader().document()->defaultFont(), QDate(2026, 12, 4));
    EXPECT_EQ(popover.copyButton()->text(), QStringLiteral("উদ্ধৃতি কপি"));
    // Key names (N, C, Del, K, S, O) in brackets are what the keyboard shows.
    const QRegularExpression keyName(QStringLiteral("\\((?:[A-Z]|Del)\\)"));
    const QRegularExpression english(QStringLiteral("[A-Za-z0-9]"));
    for (QWidget *top :
         {static_cast<QWidget *>(&popover), static_cast<QWidget *>(&note), static_cast<QWidget *>(&review)}) {
        QStringList texts{top->windowTitle(), top->accessibleName()};
        for (QAbstractButton *b : top->findChildren<QAbstractButton *>())
            texts << b->text()
                         .remove(QLatin1Char('&'))
                         .remove(QRegularExpression(QStringLiteral("\\([A-Z]\\)")))
                  << b->toolTip() << b->accessibleName();
        for (QLabel *l : top->findChildren<QLabel *>())
            texts << l->text();
        for (QString t : std::as_const(texts)) {
            t.remove(keyName);
            EXPECT_FALSE(t.contains(english)) << top->objectName().toStdString() << ": " << t.toStdString();
        }
    }
}

// Alt+letter opens one menu each, in both languages (Article and
// Annotations both took Alt+A).
TEST(HighlightInteraction, MenuBarMnemonicsAreUnique)
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("bn")}) {
        ASSERT_EQ(UiLanguage::apply(language), language);
        Reader r;
        QStringList keys;
        for (QAction *menu : r.window().menuBar()->actions()) {
            const QString text = menu->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            ASSERT_GE(amp, 0) << text.toStdString();
            keys << text.mid(amp + 1, 1).toUpper();
        }
        QStringList unique = keys;
        unique.removeDuplicates();
        EXPECT_EQ(unique.size(), keys.size())
            << language.toStdString() << ": " << keys.join(u' ').toStdString();
    }
    UiLanguage::apply(QStringLiteral("en"));
}
