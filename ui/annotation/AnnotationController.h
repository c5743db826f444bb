#pragma once

#include "annotation/Annotation.h"
#include "ui/reader/ReaderView.h"

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;

namespace pathak {
class AnnotationStore;
}

namespace pathak::ui {

class AnnotationCommandErrors;

class AnnotationDock;
class LibraryAnnotationsDock;
class WindowHost;

// Annotations in the main window: highlights the reader's selection (context
// menu, Edit menu, Ctrl+1…5 for the colours, Ctrl+U underline, Ctrl+Shift+N
// with a note), paints the open article's annotations as the reader's
// "annotations" highlight layer (selections, never character formats), and
// owns the panel for the open article, the library-wide view and the undo
// stack all annotation changes go through.
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationController(WindowHost &window);
    ~AnnotationController() override;

    AnnotationStore &store() { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    AnnotationDock *dock() const { return m_dock; }
    LibraryAnnotationsDock *libraryDock() const { return m_libraryDock; }

    // Highlights the reader's selection; false when nothing is selected.
    bool annotateSelection(AnnotationColor color, const QString &note = {});
    // Opens the article (if it is not open) and shows [start, end), code points.
    void showPassage(qint64 articleId, int start, int end);

    // The reader's "annotations" layer for an article's annotations over its
    // plainText(): code points turned into UTF-16, orphans left out.
    static QList<ReaderHighlight> readerHighlights(const QList<Annotation> &annotations,
                                                   const QString &plainText);
    static QString layerName() { return QStringLiteral("annotations"); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void onArticleShown(qint64 articleId);
    void repaint();
    void repaintIfShown(qint64 articleId);
    void annotateWithNote();
    void updateActions();
    int toUtf16(int codePoint) const;

    WindowHost &m_window;
    ReaderView *m_reader;
    std::unique_ptr<AnnotationStore> m_store;
    QUndoStack *m_undoStack = nullptr;
    AnnotationCommandErrors *m_commandErrors = nullptr;
    AnnotationDock *m_dock = nullptr;
    LibraryAnnotationsDock *m_libraryDock = nullptr;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_colorActions; // in Annotation::colors() order
    QAction *m_noteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_libraryAction = nullptr;
};

} // namespace pathak::ui
