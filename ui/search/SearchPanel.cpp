#include "ui/search/SearchPanel.h"

#include "library/LibraryDatabase.h"
#include "search/SearchQuery.h"
#include "text/BengaliText.h"
#include "ui/reader/ReaderView.h"
#include "ui/search/SearchResultDelegate.h"
#include "ui/search/SearchResultModel.h"
#include "ui/window/WindowEvents.h"
#include "ui/window/WindowHost.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pathak::ui {

namespace {

// Hit colours with some transparency, so the text stays readable on every
// reader theme; the current hit is stronger.
// Search marks look like no annotation: a blue-grey tint and a dotted line
// under the word (ReaderHighlight::searchMark), never a highlighter colour.
const QColor hitColor(96, 125, 139, 70);
const QColor currentHitColor(96, 125, 139, 150);

const QString settingsGroup = QStringLiteral("search");

} // namespace

SearchPanel::SearchPanel(WindowHost &window)
    : QWidget(nullptr), m_window(window), m_worker(std::make_unique<SearchWorker>(window.database().path()))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_filterButton = new QToolButton(this);
    m_filterButton->setCheckable(true);
    m_filterButton->setAutoRaise(true);

    m_filterBox = new QWidget(this);
    auto *filters = new QGridLayout(m_filterBox);
    filters->setContentsMargins(0, 0, 0, 0);
    m_source = new QComboBox(m_filterBox);
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_fromEnabled = new QCheckBox(m_filterBox);
    m_from = new QDateEdit(m_filterBox);
    m_toEnabled = new QCheckBox(m_filterBox);
    m_to = new QDateEdit(m_filterBox);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    m_favourites = new QCheckBox(m_filterBox);
    m_annotated = new QCheckBox(m_filterBox);
    filters->addWidget(m_source, 0, 0, 1, 4);
    filters->addWidget(m_fromEnabled, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toEnabled, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(m_favourites, 2, 0, 1, 2);
    filters->addWidget(m_annotated, 2, 2, 1, 2);
    m_filterBox->setVisible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_model = new SearchResultModel(this);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_field, 1);
    top->addWidget(m_filterButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_filterBox);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    setMinimumWidth(300);
    m_dock = new QDockWidget(&window.widget());
    m_dock->setObjectName(QStringLiteral("searchDock"));
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->setWidget(this);
    window.widget().addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    window.viewMenu()->addSeparator();
    window.viewMenu()->addAction(m_dock->toggleViewAction());

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::onTextChanged);
    connect(m_filterButton, &QToolButton::toggled, this, [this](bool on) {
        m_filterBox->setVisible(on);
        if (on)
            loadSourceLabels();
        saveSettings();
    });
    connect(m_source, &QComboBox::currentTextChanged, this, [this] {
        if (m_loadingSettings)
            return;
        // The source is typed: wait for a pause as with the query.
        saveSettings();
        updateFilterButton();
        if (!m_field->text().trimmed().isEmpty())
            m_debounce->start();
    });
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled, m_favourites, m_annotated})
        connect(box, &QCheckBox::toggled, this, &SearchPanel::onFilterChanged);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &SearchPanel::onFilterChanged);

    connect(m_worker.get(), &SearchWorker::searched, this, &SearchPanel::onSearched);
    connect(m_results, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openResult(index.row()); });
    // Whatever shows another article (or the same one again) drops the marks.
    connect(window.readerView(), &ReaderView::articleShown, this, [this] { clearArticleHits(); });
    connect(&window.events(), &WindowEvents::importFinished, this, [this] {
        if (m_filterBox->isVisible())
            loadSourceLabels();
        // New articles may match what is being looked for.
        if (!m_field->text().trimmed().isEmpty())
            searchNow();
    });

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &SearchPanel::focusField);
    m_nextHitAction = new QAction(this);
    m_nextHitAction->setShortcuts(QKeySequence::FindNext);
    connect(m_nextHitAction, &QAction::triggered, this, &SearchPanel::nextHit);
    m_previousHitAction = new QAction(this);
    m_previousHitAction->setShortcuts(QKeySequence::FindPrevious);
    connect(m_previousHitAction, &QAction::triggered, this, &SearchPanel::previousHit);
    for (QAction *a : {m_findAction, m_nextHitAction, m_previousHitAction})
        a->setShortcutContext(Qt::WindowShortcut);
    window.articleMenu()->addSeparator();
    window.articleMenu()->addActions({m_findAction, m_nextHitAction, m_previousHitAction});
    m_nextHitAction->setEnabled(false);
    m_previousHitAction->setEnabled(false);

    loadSettings();
    retranslate();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::retranslate()
{
    m_dock->setWindowTitle(tr("Search"));
    m_field->setPlaceholderText(tr("Search titles, text, comments, notes…"));
    m_field->setAccessibleName(tr("Search the library"));
    m_results->setAccessibleName(tr("Search results"));
    m_source->setToolTip(tr("Only articles from this source"));
    m_from->setToolTip(tr("Saved on or after this day"));
    m_to->setToolTip(tr("Saved on or before this day"));
    m_field->setToolTip(tr("Every word must occur; a word also finds its inflected forms. "
                           "\"Quoted words\" are an exact phrase."));
    m_source->lineEdit()->setPlaceholderText(tr("Any source"));
    m_fromEnabled->setText(tr("Saved from"));
    m_toEnabled->setText(tr("to"));
    m_favourites->setText(tr("Favourites only"));
    m_annotated->setText(tr("Annotated only"));
    m_findAction->setText(tr("&Search Library…"));
    m_nextHitAction->setText(tr("Next Search &Hit"));
    m_previousHitAction->setText(tr("Previous Search Hi&t"));
    updateFilterButton();
    setState(m_state, m_message);
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

SearchFilter SearchPanel::filter() const
{
    SearchFilter f;
    f.source = m_source->currentText().trimmed();
    if (m_fromEnabled->isChecked())
        f.savedFrom = m_from->date();
    if (m_toEnabled->isChecked())
        f.savedTo = m_to->date();
    f.favouritesOnly = m_favourites->isChecked();
    f.annotatedOnly = m_annotated->isChecked();
    return f;
}

void SearchPanel::setFilter(const SearchFilter &f)
{
    m_loadingSettings = true;
    m_source->setCurrentText(f.source);
    m_fromEnabled->setChecked(f.savedFrom.isValid());
    if (f.savedFrom.isValid())
        m_from->setDate(f.savedFrom);
    m_toEnabled->setChecked(f.savedTo.isValid());
    if (f.savedTo.isValid())
        m_to->setDate(f.savedTo);
    m_favourites->setChecked(f.favouritesOnly);
    m_annotated->setChecked(f.annotatedOnly);
    m_loadingSettings = false;
    onFilterChanged();
}

void SearchPanel::onFilterChanged()
{
    if (m_loadingSettings)
        return;
    saveSettings();
    updateFilterButton();
    if (!m_field->text().trimmed().isEmpty())
        searchNow();
}

void SearchPanel::updateFilterButton()
{
    const SearchFilter f = filter();
    const int active = int(!f.source.isEmpty()) + int(f.savedFrom.isValid() || f.savedTo.isValid()) +
                       int(f.favouritesOnly) + int(f.annotatedOnly);
    m_filterButton->setText(active ? tr("Filters (%1)").arg(active) : tr("Filters"));
}

void SearchPanel::onTextChanged()
{
    if (m_field->text().trimmed().isEmpty()) {
        // Nothing to look for: no waiting, and whatever is under way is stale.
        m_debounce->stop();
        m_worker->cancelPending();
        m_waitingFor = 0;
        m_shownQuery.clear();
        m_model->clear();
        setState(State::Idle);
        // The marks go with the search they belonged to.
        m_window.readerView()->clearHighlights(HitLayer);
        m_window.readerView()->clearHighlights(CurrentHitLayer);
        clearArticleHits();
        return;
    }
    m_debounce->start();
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        onTextChanged();
        return;
    }
    SearchRequest request;
    request.text = text;
    request.filter = filter();
    // One more than shown: says whether there are more than ResultLimit.
    request.limit = ResultLimit + 1;
    m_waitingFor = m_worker->request(std::move(request));
    setState(State::Searching);
    emit searchStarted(text);
}

bool SearchPanel::isWaitingForPause() const
{
    return m_debounce->isActive();
}

void SearchPanel::searchFor(const QString &text)
{
    // The panel may share the side bar with the library: bring it forward.
    m_dock->show();
    m_dock->raise();
    m_field->setText(text);
    searchNow();
}

void SearchPanel::onSearched(const SearchOutcome &outcome)
{
    // Only the newest search counts; the worker already drops most stale
    // outcomes, this catches one that crossed a newer request in the queue.
    if (outcome.generation != m_waitingFor)
        return;
    m_waitingFor = 0;
    if (!outcome.error.isEmpty()) {
        m_model->clear();
        m_shownQuery.clear();
        setState(State::Error, outcome.error);
        emit searchFinished();
        return;
    }
    QList<SearchHit> hits = outcome.hits;
    m_moreResults = hits.size() > ResultLimit;
    if (m_moreResults)
        hits.resize(ResultLimit);
    m_shownQuery = outcome.text;
    m_model->setHits(std::move(hits));
    if (m_model->rowCount() > 0) {
        m_results->setCurrentIndex(m_model->index(0, 0));
        m_results->scrollToTop();
        setState(State::Results);
    } else {
        setState(State::NoResults, outcome.text.trimmed());
    }
    emit searchFinished();
}

void SearchPanel::setState(State state, const QString &message)
{
    const bool changed = state != m_state;
    m_state = state;
    m_message = message;
    const QString text = statusText();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    // An error is shown in the palette's warning colour; other states plainly.
    m_status->setStyleSheet(state == State::Error ? QStringLiteral("color: #b00020;") : QString());
    if (changed)
        emit stateChanged(state);
}

QString SearchPanel::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Searching:
        return m_model->rowCount() > 0 ? countText() : tr("Searching…");
    case State::Results:
        return countText();
    case State::NoResults: {
        const SearchFilter f = filter();
        const bool filtered = !f.source.isEmpty() || f.savedFrom.isValid() || f.savedTo.isValid() ||
                              f.favouritesOnly || f.annotatedOnly;
        return filtered ? tr("No results for “%1” with these filters").arg(m_message)
                        : tr("No results for “%1”").arg(m_message);
    }
    case State::Error:
        return tr("Search failed: %1").arg(m_message);
    }
    return {};
}

QString SearchPanel::countText() const
{
    const int n = m_model->rowCount();
    return m_moreResults ? tr("More than %1 results; the best %1 are shown").arg(n)
           : n == 1      ? tr("1 result")
                         : tr("%1 results").arg(n);
}

void SearchPanel::focusField()
{
    m_dock->show();
    m_dock->raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::moveResult(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
    const int row = std::clamp(current < 0 ? (delta > 0 ? 0 : rows - 1) : current + delta, 0, rows - 1);
    m_results->setCurrentIndex(m_model->index(row, 0));
    m_results->scrollTo(m_model->index(row, 0));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field) {
        switch (key->key()) {
        case Qt::Key_Down:
            moveResult(1);
            return true;
        case Qt::Key_Up:
            moveResult(-1);
            return true;
        case Qt::Key_PageDown:
            moveResult(5);
            return true;
        case Qt::Key_PageUp:
            moveResult(-5);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter before the pause is over searches now; on results it opens one.
            if (m_debounce->isActive() || m_waitingFor != 0)
                searchNow();
            else if (m_results->currentIndex().isValid())
                openResult(m_results->currentIndex().row());
            return true;
        case Qt::Key_Escape:
            if (m_field->text().isEmpty())
                return false;
            m_field->clear();
            return true;
        default:
            break;
        }
    } else if (watched == m_results && key->key() == Qt::Key_Escape) {
        m_field->clear();
        m_field->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool SearchPanel::openResult(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const SearchHit &hit = m_model->hit(row);
    m_results->setCurrentIndex(m_model->index(row, 0));
    if (!m_window.openArticle(hit.id))
        return false;
    ReaderView *reader = m_window.readerView();
    const QString &plain = reader->readerDocument().plainText();
    QList<std::pair<int, int>> ranges;
    QList<ReaderHighlight> marks;
    for (const auto &[start, end] : SearchQuery::parse(m_shownQuery).hitRanges(plain)) {
        // Hits are whole words already; snapping makes sure no mark ever
        // ends inside a grapheme cluster, whatever the tokenizer decides.
        const std::pair<int, int> r = BengaliText::snapToGraphemes(plain, start, end);
        if (!ranges.isEmpty() && r.first < ranges.last().second) {
            ranges.last().second = std::max(ranges.last().second, r.second);
            marks.last().end = ranges.last().second;
            continue;
        }
        ranges.append(r);
        marks.append({r.first, r.second, hitColor, false, true});
    }
    reader->setHighlights(HitLayer, marks);
    m_hitArticle = hit.id;
    m_articleHits = ranges;
    m_currentHit = -1;
    m_nextHitAction->setEnabled(!ranges.isEmpty());
    m_previousHitAction->setEnabled(!ranges.isEmpty());
    if (ranges.isEmpty()) {
        // The words are in a part the reader does not show as text (source,
        // photo credit, an annotation's note).
        m_window.widget().statusBar()->showMessage(
            tr("The match is in the source, credit or notes of this article"), 5000);
        reader->clearHighlights(CurrentHitLayer);
    } else {
        showHit(0);
        m_window.widget().statusBar()->showMessage(
            ranges.size() == 1 ? tr("1 hit in this article")
                               : tr("%1 hits in this article; F3 for the next").arg(ranges.size()),
            5000);
    }
    return true;
}

void SearchPanel::showHit(int index)
{
    if (m_articleHits.isEmpty() || m_window.readerView()->articleId() != m_hitArticle)
        return;
    const int n = int(m_articleHits.size());
    m_currentHit = ((index % n) + n) % n; // wraps around both ways
    const auto &[start, end] = m_articleHits.at(m_currentHit);
    ReaderView *reader = m_window.readerView();
    reader->setHighlights(CurrentHitLayer, {{start, end, currentHitColor, false, true}});
    reader->scrollToPlainOffset(start);
}

void SearchPanel::nextHit()
{
    showHit(m_currentHit + 1);
}

void SearchPanel::previousHit()
{
    showHit(m_currentHit - 1);
}

void SearchPanel::clearArticleHits()
{
    // ReaderView::showArticle() has dropped the layers already.
    m_hitArticle = 0;
    m_articleHits.clear();
    m_currentHit = -1;
    m_nextHitAction->setEnabled(false);
    m_previousHitAction->setEnabled(false);
}

void SearchPanel::loadSourceLabels()
{
    if (!m_labelIndex)
        m_labelIndex = std::make_unique<SearchIndex>(m_window.database());
    Result<QStringList> labels = m_labelIndex->sourceLabels();
    if (!labels)
        return;
    m_loadingSettings = true;
    const QString typed = m_source->currentText();
    m_source->clear();
    m_source->addItem(QString());
    m_source->addItems(labels.value());
    m_source->setCurrentText(typed);
    m_loadingSettings = false;
}

void SearchPanel::loadSettings()
{
    QSettings s;
    s.beginGroup(settingsGroup);
    m_loadingSettings = true;
    m_source->setCurrentText(s.value(QStringLiteral("source")).toString());
    const QDate from = s.value(QStringLiteral("from")).toDate();
    const QDate to = s.value(QStringLiteral("to")).toDate();
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_fromEnabled->setChecked(s.value(QStringLiteral("fromEnabled"), false).toBool());
    m_toEnabled->setChecked(s.value(QStringLiteral("toEnabled"), false).toBool());
    m_favourites->setChecked(s.value(QStringLiteral("favourites"), false).toBool());
    m_annotated->setChecked(s.value(QStringLiteral("annotated"), false).toBool());
    m_filterButton->setChecked(s.value(QStringLiteral("filtersShown"), false).toBool());
    m_loadingSettings = false;
    updateFilterButton();
}

void SearchPanel::saveSettings() const
{
    if (m_loadingSettings)
        return;
    QSettings s;
    s.beginGroup(settingsGroup);
    s.setValue(QStringLiteral("source"), m_source->currentText().trimmed());
    s.setValue(QStringLiteral("fromEnabled"), m_fromEnabled->isChecked());
    s.setValue(QStringLiteral("from"), m_from->date());
    s.setValue(QStringLiteral("toEnabled"), m_toEnabled->isChecked());
    s.setValue(QStringLiteral("to"), m_to->date());
    s.setValue(QStringLiteral("favourites"), m_favourites->isChecked());
    s.setValue(QStringLiteral("annotated"), m_annotated->isChecked());
    s.setValue(QStringLiteral("filtersShown"), m_filterButton->isChecked());
}

} // namespace pathak::ui
