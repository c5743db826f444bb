#include "ui/annotation/AnnotationController.h"

#include "ui/annotation/AnnotationCommandErrors.h"

#include "annotation/AnnotationLibraryExport.h"
#include "annotation/AnnotationLibraryImport.h"
#include "annotation/AnnotationStore.h"
#include "annotation/ReviewSchedule.h"
#include "library/LibraryDatabase.h"
#include "library/TagStore.h"
#include "text/TextAnchor.h"
#include "ui/annotation/AddAnnotationCommand.h"
#include "ui/annotation/AnnotationDock.h"
#include "ui/annotation/AnnotationListModel.h"
#include "ui/annotation/AnnotationPopover.h"
#include "ui/annotation/AnnotationUndo.h"
#include "ui/annotation/LibraryAnnotationsDock.h"
#include "ui/annotation/NoteDialog.h"
#include "ui/annotation/ReviewDialog.h"
#include "ui/library/LibraryWriter.h"
#include "ui/library/PlainToolTip.h"
#include "ui/reader/ReaderView.h"
#include "ui/window/WindowEvents.h"
#include "ui/window/WindowHost.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolTip>
#include <QUndoGroup>

namespace pathak::ui {

AnnotationController::AnnotationController(WindowHost &window)
    : QObject(&window.widget()), m_window(window), m_reader(window.readerView()),
      m_store(std::make_unique<AnnotationStore>(window.database())),
      m_writer(std::make_unique<LibraryWriter>(window.database().path()))
{
    m_undo = new AnnotationUndo(this);
    m_commandErrors = new AnnotationCommandErrors(this);
    m_undo->reportFailuresTo(m_commandErrors);
    connect(m_commandErrors, &AnnotationCommandErrors::failed, this,
            [this](const QString &message) { m_window.widget().statusBar()->showMessage(message, 8000); });
    m_dock = new AnnotationDock(*m_store, *m_undo, &window.widget());
    m_popover = new AnnotationPopover(&window.widget());
    connect(m_popover, &AnnotationPopover::colorChosen, m_dock,
            qOverload<qint64, AnnotationColor>(&AnnotationDock::setColor));
    connect(m_popover, &AnnotationPopover::noteRequested, m_dock,
            qOverload<qint64>(&AnnotationDock::editNote));
    connect(m_popover, &AnnotationPopover::deleteRequested, m_dock, &AnnotationDock::remove);
    connect(m_popover, &AnnotationPopover::copyRequested, this, &AnnotationController::copyQuote);
    connect(m_reader, &ReaderView::plainTextClicked, this, &AnnotationController::activateHighlightAt);
    window.widget().addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_libraryDock = new LibraryAnnotationsDock(*m_store, &window.widget());
    window.widget().addDockWidget(Qt::RightDockWidgetArea, m_libraryDock);
    window.widget().tabifyDockWidget(m_dock, m_libraryDock);
    m_dock->raise();
    createActions();

    connect(m_reader, &ReaderView::articleShown, this, &AnnotationController::onArticleShown);
    connect(m_writer.get(), &LibraryWriter::reanchored, this, &AnnotationController::onReanchored);
    connect(m_writer.get(), &LibraryWriter::reanchorFailed, this, &AnnotationController::onReanchorFailed);
    connect(m_reader, &QTextEdit::selectionChanged, this, &AnnotationController::updateActions);
    connect(m_store.get(), &AnnotationStore::added, this,
            [this](const Annotation &a) { repaintIfShown(a.articleId); });
    connect(m_store.get(), &AnnotationStore::changed, this,
            [this](const Annotation &a) { repaintIfShown(a.articleId); });
    connect(m_store.get(), &AnnotationStore::removed, this,
            [this](qint64, qint64 articleId) { repaintIfShown(articleId); });
    connect(m_store.get(), &AnnotationStore::articleReanchored, this, &AnnotationController::repaintIfShown);
    // The library's annotation counts follow every change.
    auto refreshCount = [this](qint64 articleId) { m_window.refreshArticle(articleId); };
    connect(m_store.get(), &AnnotationStore::added, this,
            [refreshCount](const Annotation &a) { refreshCount(a.articleId); });
    connect(m_store.get(), &AnnotationStore::removed, this,
            [refreshCount](qint64, qint64 articleId) { refreshCount(articleId); });
    connect(m_dock, &AnnotationDock::passageActivated, this, &AnnotationController::showPassage);
    connect(m_libraryDock, &LibraryAnnotationsDock::openRequested, this, &AnnotationController::showPassage);
    connect(m_libraryDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            reloadLibraryAnnotations();
    });
    // The dock knows only the titles of articles annotated when it was
    // filled: an article annotated for the first time brings its title in.
    connect(m_store.get(), &AnnotationStore::added, this, [this](const Annotation &a) {
        if (m_libraryDock->isVisible() && !m_libraryDock->model()->hasTitle(a.articleId))
            reloadLibraryAnnotations();
    });
    m_reader->installEventFilter(this);
    m_reader->viewport()->installEventFilter(this);
    if (m_reader->articleId() != 0)
        onArticleShown(m_reader->articleId());
    updateActions();
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::reloadLibraryAnnotations()
{
    Result<QHash<qint64, QString>> titles = m_store->annotatedArticleTitles();
    if (!titles) {
        m_libraryDock->reload({});
        return;
    }
    // Only the annotated articles' tags: a few queries, whatever the
    // library's size.
    TagStore tagStore(m_window.database());
    QHash<qint64, QStringList> tags;
    for (auto it = titles->cbegin(); it != titles->cend(); ++it) {
        if (Result<QStringList> t = tagStore.tagsOf(it.key()); t && !t->isEmpty())
            tags.insert(it.key(), t.value());
    }
    m_libraryDock->reload(titles.value(), tags);
}

QUndoGroup *AnnotationController::undoGroup() const
{
    return m_undo->group();
}

void AnnotationController::createActions()
{
    m_menu = new QMenu(&m_window.widget());
    m_window.widget().menuBar()->insertMenu(m_window.toolsMenu()->menuAction(), m_menu);
    const QList<AnnotationColor> colors = Annotation::colors();
    for (int i = 0; i < colors.size(); ++i) {
        const AnnotationColor c = colors.at(i);
        auto *a = new QAction(AnnotationDock::swatchIcon(c), QString(), this);
        a->setShortcut(c == AnnotationColor::Underline ? QKeySequence(Qt::CTRL | Qt::Key_U)
                                                       : QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, c] { annotateSelection(c); });
        m_colorActions.append(a);
        m_menu->addAction(a);
    }
    m_noteAction = new QAction(this);
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_noteAction, &QAction::triggered, this, &AnnotationController::annotateWithNote);
    m_menu->addAction(m_noteAction);
    m_menu->addSeparator();
    QUndoGroup *group = m_undo->group();
    m_undoAction = group->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = group->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    // After the group's own slot: the stack has moved, and what was undone
    // is now what would be redone. Said in the status bar, since the
    // change may be out of view.
    connect(m_undoAction, &QAction::triggered, this, [this, group] {
        if (!group->redoText().isEmpty())
            m_window.widget().statusBar()->showMessage(tr("Undone: %1").arg(group->redoText()), 4000);
    });
    connect(m_redoAction, &QAction::triggered, this, [this, group] {
        if (!group->undoText().isEmpty())
            m_window.widget().statusBar()->showMessage(tr("Redone: %1").arg(group->undoText()), 4000);
    });
    m_menu->addAction(m_undoAction);
    m_menu->addAction(m_redoAction);
    m_menu->addSeparator();
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_menu->addAction(m_dock->toggleViewAction());
    m_libraryAction = m_libraryDock->toggleViewAction();
    m_menu->addAction(m_libraryAction);
    m_reviewAction = new QAction(this);
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    connect(m_reviewAction, &QAction::triggered, this, &AnnotationController::showReview);
    m_menu->addAction(m_reviewAction);
    m_menu->addSeparator();
    m_exportArticleAction = new QAction(this);
    connect(m_exportArticleAction, &QAction::triggered, this, [this] { chooseExport(false); });
    m_exportLibraryAction = new QAction(this);
    connect(m_exportLibraryAction, &QAction::triggered, this, [this] { chooseExport(true); });
    m_importAction = new QAction(this);
    connect(m_importAction, &QAction::triggered, this, &AnnotationController::chooseImport);
    m_menu->addAction(m_exportArticleAction);
    m_menu->addAction(m_exportLibraryAction);
    m_menu->addAction(m_importAction);
    retranslate();
}

void AnnotationController::retranslate()
{
    // N: Alt+A opens the Article menu.
    m_menu->setTitle(tr("A&nnotations"));
    const QList<AnnotationColor> colors = Annotation::colors();
    for (int i = 0; i < colors.size(); ++i) {
        m_colorActions.at(i)->setText(
            colors.at(i) == AnnotationColor::Underline
                ? tr("Underline")
                : tr("Highlight %1").arg(AnnotationListModel::colorLabel(colors.at(i))));
    }
    m_noteAction->setText(tr("Highlight with Note…"));
    m_reviewAction->setText(tr("Daily Review…"));
    m_exportArticleAction->setText(tr("Export This Article's Annotations…"));
    m_exportLibraryAction->setText(tr("Export All Annotations…"));
    m_importAction->setText(tr("Import Annotations…"));
}

QString AnnotationController::formatLabel(AnnotationExportFormat format)
{
    switch (format) {
    case AnnotationExportFormat::Markdown:
        return tr("Markdown for Obsidian and Logseq");
    case AnnotationExportFormat::WebAnnotationJson:
        return tr("W3C Web Annotation JSON");
    case AnnotationExportFormat::ReadwiseCsv:
        return tr("Readwise CSV");
    case AnnotationExportFormat::Csv:
        return tr("CSV for spreadsheets");
    }
    return {};
}

void AnnotationController::chooseExport(bool library)
{
    library = library || m_reader->articleId() == 0;
    QStringList filters;
    const QList<AnnotationExportFormatInfo> formats = AnnotationExporter::formats();
    for (const AnnotationExportFormatInfo &f : formats)
        filters.append(QStringLiteral("%1 (*.%2)").arg(formatLabel(f.format), f.suffix));
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("annotations/exportDir"), QDir::homePath()).toString();
    QString chosen;
    const QString name = library ? tr("annotations") : tr("annotations-%1").arg(m_reader->articleId());
    const QString path = QFileDialog::getSaveFileName(
        &m_window.widget(), library ? tr("Export All Annotations") : tr("Export This Article's Annotations"),
        QDir(dir).filePath(name + QStringLiteral(".md")), filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("annotations/exportDir"), QFileInfo(path).absolutePath());
    AnnotationExportFormat format = AnnotationExportFormat::Markdown;
    const int index = int(filters.indexOf(chosen));
    if (index >= 0)
        format = formats.at(index).format;
    // A suffix typed by the user names the format.
    for (const AnnotationExportFormatInfo &f : formats) {
        if (QFileInfo(path).suffix().compare(f.suffix, Qt::CaseInsensitive) == 0 && index < 0)
            format = f.format;
    }
    exportAnnotationsTo(path, format, library);
}

bool AnnotationController::exportAnnotationsTo(const QString &path, AnnotationExportFormat format,
                                               bool library)
{
    AnnotationLibraryExport exporter(m_window.database());
    const std::optional<qint64> article =
        library || m_reader->articleId() == 0 ? std::nullopt : std::optional(m_reader->articleId());
    AnnotationExportOptions options;
    options.library = !article.has_value();
    if (const Status s = exporter.writeFile(path, format, article, options); !s) {
        m_window.widget().statusBar()->showMessage(tr("Annotations not exported: %1").arg(s.error()), 8000);
        return false;
    }
    m_window.widget().statusBar()->showMessage(
        tr("Annotations exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void AnnotationController::chooseImport()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("annotations/importDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        &m_window.widget(), tr("Import Annotations"), dir,
        tr("Annotations from Pathak, Hypothesis or KOReader (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("annotations/importDir"), QFileInfo(path).absolutePath());
    importAnnotationsFrom(path);
}

bool AnnotationController::importAnnotationsFrom(const QString &path)
{
    AnnotationLibraryImport importer(m_window.database(), *m_store);
    // Each document goes on the article with its address or title; a file
    // of one article that matches none goes on the open article.
    Result<AnnotationImportReport> report = importer.importFile(path, std::nullopt);
    if (report && report->added == 0 && report->duplicates == 0 && report->unmatched > 0 &&
        m_reader->articleId() != 0)
        report = importer.importFile(path, m_reader->articleId());
    if (!report) {
        m_window.widget().statusBar()->showMessage(tr("Annotations not imported: %1").arg(report.error()),
                                                   8000);
        return false;
    }
    QString message = tr("Imported %Ln annotation(s)", "", report->added);
    if (report->duplicates > 0)
        message += tr(", %Ln already there", "", report->duplicates);
    if (report->orphaned > 0)
        message += tr(", %Ln whose passage is not in the text", "", report->orphaned);
    if (report->unmatched > 0)
        message += tr(", %Ln with no article to go on", "", report->unmatched);
    m_window.widget().statusBar()->showMessage(message, 8000);
    if (m_libraryDock->isVisible())
        reloadLibraryAnnotations();
    return true;
}

void AnnotationController::showReview()
{
    ReviewSchedule schedule(m_window.database());
    Result<QHash<qint64, QString>> titles = m_store->annotatedArticleTitles();
    ReviewDialog dialog(*m_store, schedule, titles ? titles.value() : QHash<qint64, QString>{},
                        m_reader->document()->defaultFont(), QDate::currentDate(), &m_window.widget());
    connect(&dialog, &ReviewDialog::failed, this,
            [this](const QString &message) { m_window.widget().statusBar()->showMessage(message, 8000); });
    qint64 article = 0;
    int start = 0;
    int end = 0;
    connect(&dialog, &ReviewDialog::openRequested, this, [&](qint64 id, int s, int e) {
        article = id;
        start = s;
        end = e;
    });
    dialog.exec();
    if (article != 0)
        showPassage(article, start, end);
}

void AnnotationController::updateActions()
{
    const bool selection = m_reader->articleId() != 0 && m_reader->selectedPlainRange().has_value();
    for (QAction *a : std::as_const(m_colorActions))
        a->setEnabled(selection);
    m_noteAction->setEnabled(selection);
}

int AnnotationController::toUtf16(int codePoint) const
{
    return TextAnchor(m_reader->readerDocument().plainText()).toUtf16(codePoint);
}

bool AnnotationController::annotateSelection(AnnotationColor color, const QString &note)
{
    const std::optional<std::pair<int, int>> range = m_reader->selectedPlainRange();
    if (m_reader->articleId() == 0 || !range)
        return false;
    // The reader speaks UTF-16; the store, like the W3C selectors, code points.
    const TextAnchor anchor(m_reader->readerDocument().plainText());
    const TextRange points{anchor.toCodePoint(range->first), anchor.toCodePoint(range->second)};
    auto *command = new AddAnnotationCommand(*m_store, m_reader->articleId(), points, color, note);
    const std::shared_ptr<const AddAnnotationCommand::Outcome> outcome = command->outcome();
    m_undo->push(m_reader->articleId(), command); // deletes the command if storing failed
    if (!outcome->error.isEmpty()) {
        m_window.widget().statusBar()->showMessage(tr("Cannot highlight: %1").arg(outcome->error), 5000);
        return false;
    }
    m_dock->select(outcome->annotation.id);
    return true;
}

void AnnotationController::annotateWithNote()
{
    const std::optional<std::pair<int, int>> range = m_reader->selectedPlainRange();
    if (!range)
        return;
    const QString quote =
        m_reader->readerDocument().plainText().mid(range->first, range->second - range->first);
    NoteDialog dialog(quote, QString(), AnnotationColor::Yellow, m_reader->document()->defaultFont(),
                      &m_window.widget());
    if (dialog.exec() == QDialog::Accepted)
        annotateSelection(dialog.color(), dialog.note());
}

std::optional<Annotation> AnnotationController::annotationAt(int plainOffset)
{
    const qint64 id = m_reader->articleId();
    if (id == 0 || plainOffset < 0)
        return std::nullopt;
    Result<QList<Annotation>> list = m_store->forArticle(id);
    if (!list)
        return std::nullopt;
    const int point = TextAnchor(m_reader->readerDocument().plainText()).toCodePoint(plainOffset);
    std::optional<Annotation> best;
    for (const Annotation &a : list.value()) {
        if (a.orphaned || point < a.start || point >= a.end)
            continue;
        if (!best || a.end - a.start < best->end - best->start)
            best = a;
    }
    return best;
}

bool AnnotationController::activateHighlightAt(int plainOffset, const QPoint &globalPos)
{
    const std::optional<Annotation> a = annotationAt(plainOffset);
    if (!a)
        return false;
    m_dock->select(a->id);
    m_popover->popup(*a, globalPos);
    return true;
}

void AnnotationController::copyQuote(qint64 annotationId)
{
    if (const Result<Annotation> a = m_store->annotation(annotationId)) {
        QGuiApplication::clipboard()->setText(a->exact);
        m_window.widget().statusBar()->showMessage(tr("Quote copied"), 3000);
    }
}

void AnnotationController::addHighlightActions(QMenu &menu, const Annotation &annotation)
{
    const qint64 id = annotation.id;
    menu.addSection(tr("Highlight"));
    QMenu *colors = menu.addMenu(tr("Colour"));
    for (AnnotationColor c : Annotation::colors()) {
        QAction *a = colors->addAction(AnnotationDock::swatchIcon(c), AnnotationListModel::colorLabel(c));
        a->setCheckable(true);
        a->setChecked(c == annotation.color);
        connect(a, &QAction::triggered, m_dock, [this, id, c] { m_dock->setColor(id, c); });
    }
    connect(menu.addAction(annotation.note.isEmpty() ? tr("Add Note…") : tr("Edit Note…")),
            &QAction::triggered, m_dock, [this, id] { m_dock->editNote(id); });
    connect(menu.addAction(tr("Copy Quote")), &QAction::triggered, this, [this, id] { copyQuote(id); });
    connect(menu.addAction(tr("Delete Highlight")), &QAction::triggered, m_dock,
            [this, id] { m_dock->remove(id); });
}

void AnnotationController::onArticleShown(qint64 articleId)
{
    // The text may have changed since the annotations were made (a re-parse,
    // a new title): the writer finds each passage again. Until it is done the
    // highlights show where they were stored, which is where they are unless
    // the text changed.
    if (articleId != 0)
        m_writer->reanchor(articleId);
    m_popover->hide();
    m_dock->setReadingFont(m_reader->document()->defaultFont());
    m_dock->setArticle(articleId);
    repaint();
    updateActions();
}

void AnnotationController::onReanchored(qint64 articleId, const ReanchorSummary &summary)
{
    // Written through the writer's connection, so this store has not told
    // its listeners (the highlights, the panel, the library-wide list).
    if (summary.moved > 0 || summary.orphaned > 0)
        m_store->announceReanchored(articleId);
    emit reanchorFinished(articleId);
}

void AnnotationController::onReanchorFailed(qint64 articleId, const QString &error)
{
    if (articleId == m_reader->articleId())
        m_window.widget().statusBar()->showMessage(
            tr("The highlights of this article could not be placed: %1").arg(error), 8000);
    else
        m_window.widget().statusBar()->showMessage(
            tr("The highlights of article %1 could not be placed: %2").arg(QString::number(articleId), error),
            8000);
    emit reanchorFinished(articleId);
}

void AnnotationController::repaintIfShown(qint64 articleId)
{
    if (articleId == m_reader->articleId())
        repaint();
}

QList<ReaderHighlight> AnnotationController::readerHighlights(const QList<Annotation> &annotations,
                                                              const QString &plainText)
{
    const TextAnchor anchor(plainText);
    struct Span
    {
        int start;
        int end;
        QColor color;
    };
    QList<Span> fills;
    QList<ReaderHighlight> lines; // underlines and note marks, drawn over the fills
    for (const Annotation &a : annotations) {
        if (a.orphaned) // its passage is no longer in the text
            continue;
        const int start = anchor.toUtf16(a.start);
        const int end = anchor.toUtf16(a.end);
        if (start >= end)
            continue;
        const QColor color = AnnotationListModel::colorFor(a.color);
        if (a.color == AnnotationColor::Underline) {
            ReaderHighlight h;
            h.start = start;
            h.end = end;
            h.color = color;
            h.underline = true;
            h.noteMarker = !a.note.isEmpty();
            lines.append(h);
            continue;
        }
        fills.append({start, end, color});
        if (!a.note.isEmpty()) {
            ReaderHighlight mark;
            mark.start = start;
            mark.end = end;
            mark.color = color;
            mark.noteMarker = true;
            mark.markOnly = true;
            lines.append(mark);
        }
    }
    // Overlapping highlights must both show: the text is cut where any of
    // them starts or ends, and a piece under several takes their mixed
    // colour, a shade deeper, so even a highlight inside one of the same
    // colour stands out.
    QList<int> cuts;
    for (const Span &f : std::as_const(fills))
        cuts << f.start << f.end;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<ReaderHighlight> highlights;
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int s = cuts.at(i);
        const int e = cuts.at(i + 1);
        int red = 0;
        int green = 0;
        int blue = 0;
        int covering = 0;
        for (const Span &f : std::as_const(fills)) {
            if (f.start <= s && f.end >= e) {
                red += f.color.red();
                green += f.color.green();
                blue += f.color.blue();
                ++covering;
            }
        }
        if (covering == 0)
            continue;
        QColor color(red / covering, green / covering, blue / covering);
        if (covering > 1)
            color = color.darker(100 + 12 * (covering - 1));
        if (!highlights.isEmpty() && highlights.last().end == s && highlights.last().color == color) {
            highlights.last().end = e; // one piece, one selection
            continue;
        }
        ReaderHighlight h;
        h.start = s;
        h.end = e;
        h.color = color;
        highlights.append(h);
    }
    return highlights + lines;
}

void AnnotationController::repaint()
{
    const qint64 id = m_reader->articleId();
    QList<ReaderHighlight> highlights;
    if (id != 0) {
        if (Result<QList<Annotation>> list = m_store->forArticle(id))
            highlights = readerHighlights(list.value(), m_reader->readerDocument().plainText());
    }
    m_reader->setHighlights(layerName(), highlights);
}

void AnnotationController::showPassage(qint64 articleId, int start, int end)
{
    Q_UNUSED(end);
    if (m_reader->articleId() != articleId && !m_window.openArticle(articleId))
        return;
    m_reader->scrollToPlainOffset(toUtf16(start));
}

bool AnnotationController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && (watched == m_reader || watched == m_reader->viewport())) {
        auto *e = static_cast<QContextMenuEvent *>(event);
        const QPoint viewportPos =
            watched == m_reader ? m_reader->viewport()->mapFrom(m_reader, e->pos()) : e->pos();
        std::unique_ptr<QMenu> menu(m_reader->createStandardContextMenu(e->pos()));
        updateActions();
        if (m_reader->selectedPlainRange()) {
            menu->addSeparator();
            for (QAction *a : std::as_const(m_colorActions))
                menu->addAction(a);
            menu->addAction(m_noteAction);
        }
        if (const std::optional<Annotation> a = annotationAt(m_reader->plainOffsetAt(viewportPos))) {
            m_dock->select(a->id);
            addHighlightActions(*menu, *a);
        }
        menu->exec(e->globalPos());
        return true;
    }
    if (event->type() == QEvent::ToolTip && watched == m_reader->viewport()) {
        // A highlight's note on hover, as plain text (it is the user's, or
        // came with an imported file).
        auto *e = static_cast<QHelpEvent *>(event);
        const std::optional<Annotation> a = annotationAt(m_reader->plainOffsetAt(e->pos()));
        if (a && !a->note.isEmpty()) {
            QToolTip::showText(e->globalPos(), PlainToolTip::of(a->note), m_reader->viewport());
            return true;
        }
    }
    if (event->type() == QEvent::LanguageChange && watched == m_reader)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace pathak::ui
