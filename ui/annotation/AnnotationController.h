#pragma once

#include "annotation/Annotation.h"
#include "annotation/AnnotationExporter.h"
#include "ui/reader/ReaderView.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QUndoGroup;

namespace pathak {
class AnnotationStore;
struct ReanchorSummary;
} // namespace pathak

namespace pathak::ui {

class AnnotationCommandErrors;

class AnnotationDock;
class AnnotationPopover;
class AnnotationUndo;
class LibraryAnnotationsDock;
class LibraryWriter;
class WindowHost;

// Annotations in the main window: highlights the reader's selection (context
// menu, Edit menu, Ctrl+1…5 for the colours, Ctrl+U underline, Ctrl+Shift+N
// with a note), paints the open article's annotations as the reader's
// "annotations" highlight layer (selections, never character formats), and
// owns the panel for the open article, the library-wide view and the undo
// stacks all annotation changes go through (one per article: undo acts on
// the open article). A click on a highlight selects it in the panel and
// opens a popover of what can be done to it; hovering shows its note.
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationController(WindowHost &window);
    ~AnnotationController() override;

    AnnotationStore &store() { return *m_store; }
    AnnotationUndo &undo() const { return *m_undo; }
    QUndoGroup *undoGroup() const;
    AnnotationPopover *popover() const { return m_popover; }
    AnnotationDock *dock() const { return m_dock; }
    LibraryAnnotationsDock *libraryDock() const { return m_libraryDock; }

    // Highlights the reader's selection; false when nothing is selected.
    bool annotateSelection(AnnotationColor color, const QString &note = {});
    // Opens the article (if it is not open) and shows [start, end), code points.
    void showPassage(qint64 articleId, int start, int end);
    // The annotation of the open article drawn at a plainText() offset
    // (UTF-16), the shortest where several overlap.
    std::optional<Annotation> annotationAt(int plainOffset);
    // What a click on the text at an offset does: selects the highlight
    // there, in the panel too, and opens its popover at globalPos.
    bool activateHighlightAt(int plainOffset, const QPoint &globalPos);
    // The daily review of highlights (Annotations → Daily Review…).
    void showReview();
    // Annotations → Export / Import: the file dialogs, then these. Export
    // takes the open article's annotations, or the library's when library
    // is set (or no article is open); import puts them on the open article,
    // or matches each document to an article by address or title. Both say
    // in the status bar what they did; false when they failed.
    bool exportAnnotationsTo(const QString &path, AnnotationExportFormat format, bool library);
    bool importAnnotationsFrom(const QString &path);

    // The reader's "annotations" layer for an article's annotations over its
    // plainText(): code points turned into UTF-16, orphans left out.
    static QList<ReaderHighlight> readerHighlights(const QList<Annotation> &annotations,
                                                   const QString &plainText);
    static QString layerName() { return QStringLiteral("annotations"); }

signals:
    // The annotations of an article shown were found again in its text (in
    // the background) and the highlights and the panel show where, or that
    // failed and the status bar says why.
    void reanchorFinished(qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void onArticleShown(qint64 articleId);
    void onReanchored(qint64 articleId, const pathak::ReanchorSummary &summary);
    void onReanchorFailed(qint64 articleId, const QString &error);
    void repaint();
    void repaintIfShown(qint64 articleId);
    void annotateWithNote();
    void copyQuote(qint64 annotationId);
    void chooseExport(bool library);
    // Fills the library-wide list: titles and tags of annotated articles.
    void reloadLibraryAnnotations();
    void chooseImport();
    static QString formatLabel(AnnotationExportFormat format);
    void addHighlightActions(QMenu &menu, const Annotation &annotation);
    void updateActions();
    int toUtf16(int codePoint) const;

    WindowHost &m_window;
    ReaderView *m_reader;
    std::unique_ptr<AnnotationStore> m_store;
    AnnotationUndo *m_undo = nullptr;
    AnnotationCommandErrors *m_commandErrors = nullptr;
    AnnotationPopover *m_popover = nullptr;
    AnnotationDock *m_dock = nullptr;
    LibraryAnnotationsDock *m_libraryDock = nullptr;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_colorActions; // in Annotation::colors() order
    QAction *m_noteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_exportArticleAction = nullptr;
    QAction *m_exportLibraryAction = nullptr;
    QAction *m_importAction = nullptr;
    // Re-anchors off the GUI thread, on a connection of its own: opening an
    // article must not wait for an import's write lock. Last, so it stops
    // (and reports nothing more) before the rest goes.
    std::unique_ptr<LibraryWriter> m_writer;
};

} // namespace pathak::ui
