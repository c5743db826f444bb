#include "annotation/AnnotationStore.h"
#include "AnnotationFixtures.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "ui/annotation/AddAnnotationCommand.h"
#include "ui/annotation/AnnotationCommandErrors.h"
#include "ui/annotation/EditAnnotationCommand.h"
#include "ui/annotation/RemoveAnnotationCommand.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

TEST(AnnotationUndo, AddEditDeleteUndoRedo)
{
    TestLibrary lib;
    const qint64 id = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    AnnotationStore store(lib.db());
    QUndoStack stack;

    auto *add = new AddAnnotationCommand(store, id, find(lib, id, QStringLiteral("ডোনাল্ড ট্রাম্প")),
                                         AnnotationColor::Yellow);
    stack.push(add);
    const Annotation created = add->annotation();
    ASSERT_NE(created.id, 0) << add->error().toStdString();
    EXPECT_EQ(store.forArticle(id)->size(), 1);

    stack.push(new EditAnnotationCommand(store, created, AnnotationColor::Pink, created.note));
    stack.push(new EditAnnotationCommand(store, store.annotation(created.id).value(), AnnotationColor::Pink,
                                         QStringLiteral("মার্কিন প্রেসিডেন্ট")));
    EXPECT_EQ(store.annotation(created.id)->color, AnnotationColor::Pink);
    EXPECT_EQ(store.annotation(created.id)->note, QStringLiteral("মার্কিন প্রেসিডেন্ট"));

    stack.push(new RemoveAnnotationCommand(store, store.annotation(created.id).value()));
    EXPECT_TRUE(store.forArticle(id)->isEmpty());
    ASSERT_EQ(stack.count(), 4);

    stack.undo(); // delete
    ASSERT_TRUE(store.annotation(created.id).ok());
    EXPECT_EQ(store.annotation(created.id)->note, QStringLiteral("মার্কিন প্রেসিডেন্ট"));
    stack.undo(); // note
    EXPECT_TRUE(store.annotation(created.id)->note.isEmpty());
    EXPECT_EQ(store.annotation(created.id)->color, AnnotationColor::Pink);
    stack.undo(); // colour
    EXPECT_EQ(store.annotation(created.id).value(), created);
    stack.undo(); // add
    EXPECT_TRUE(store.forArticle(id)->isEmpty());
    EXPECT_FALSE(stack.canUndo());

    for (int i = 0; i < 4; ++i)
        stack.redo();
    EXPECT_TRUE(store.forArticle(id)->isEmpty());
    stack.undo();
    // Back under the same id, with the note written by the third command.
    const Annotation back = store.annotation(created.id).value();
    EXPECT_EQ(back.color, AnnotationColor::Pink);
    EXPECT_EQ(back.note, QStringLiteral("মার্কিন প্রেসিডেন্ট"));
    EXPECT_EQ(back.created, created.created);
}

TEST(AnnotationUndo, NoteEditsMergeAndFailedAddLeavesNothingToUndo)
{
    TestLibrary lib;
    const qint64 id = importFile(lib, QStringLiteral("rain-with-comments.txt"));
    AnnotationStore store(lib.db());
    QUndoStack stack;
    auto *add = new AddAnnotationCommand(store, id, find(lib, id, QStringLiteral("ভারী বৃষ্টি")),
                                         AnnotationColor::Blue);
    stack.push(add);
    const Annotation a = add->annotation();
    stack.push(new EditAnnotationCommand(store, a, a.color, QStringLiteral("ভা")));
    stack.push(
        new EditAnnotationCommand(store, store.annotation(a.id).value(), a.color, QStringLiteral("ভারী")));
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_TRUE(store.annotation(a.id)->note.isEmpty());

    // An empty selection stores nothing and leaves nothing on the stack.
    auto *empty = new AddAnnotationCommand(store, id, {3, 3}, AnnotationColor::Blue);
    const std::shared_ptr<const AddAnnotationCommand::Outcome> outcome = empty->outcome();
    stack.push(empty); // deletes the failed command
    EXPECT_FALSE(outcome->error.isEmpty());
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(store.forArticle(id)->size(), 1);
}

// The library changed behind the stack (another window, the command line):
// undo cannot restore the old colour, says so, and leaves the stack.
TEST(AnnotationUndo, AFailedUndoIsReportedAndLeavesTheStack)
{
    TestLibrary lib;
    const qint64 id = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    AnnotationStore store(lib.db());
    QUndoStack stack;
    AnnotationCommandErrors errors;
    QStringList reported;
    QObject::connect(&errors, &AnnotationCommandErrors::failed,
                     [&](const QString &m) { reported.append(m); });

    auto *add = new AddAnnotationCommand(store, id, find(lib, id, QStringLiteral("ডোনাল্ড ট্রাম্প")),
                                         AnnotationColor::Yellow);
    add->reportFailuresTo(&errors);
    stack.push(add);
    const Annotation created = add->annotation();
    ASSERT_NE(created.id, 0) << add->error().toStdString();
    auto *edit = new EditAnnotationCommand(store, created, AnnotationColor::Pink, created.note);
    edit->reportFailuresTo(&errors);
    stack.push(edit);
    ASSERT_EQ(stack.count(), 2);

    ASSERT_TRUE(store.remove(created.id).ok());
    stack.undo();
    ASSERT_EQ(reported.size(), 1);
    EXPECT_TRUE(reported.first().contains(QStringLiteral("Change colour"))) << reported.first().toStdString();
    EXPECT_EQ(stack.count(), 1) << "the command that failed is gone from the stack";
    EXPECT_TRUE(store.forArticle(id)->isEmpty());
}
