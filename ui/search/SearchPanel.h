#pragma once

#include "search/SearchIndex.h"
#include "ui/search/SearchWorker.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <utility>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace pathak::ui {

class WindowHost;
class SearchResultModel;

// The search field of the main window and its results, in a dock
// ("searchDock") beside the library list.
//
// Typing searches after a short pause (DebounceMs) on a SearchWorker
// thread; a newer query supersedes an older one and stale results never
// show. Each result shows the title and a snippet with the hits marked;
// a line above says how many there are, that there are none, or why the
// search failed. Opening a result (Enter, double-click) shows the article
// in the reader, marks every hit in it as a ReaderView highlight layer
// (never a character format: that would break Bengali shaping) on
// grapheme-cluster boundaries, and scrolls to the first; F3 / Shift+F3 go
// to the next / previous hit. Ctrl+F focuses the field, Esc clears it,
// Up/Down move through the results. Filters (source, saved dates,
// favourites, annotated) are remembered in QSettings.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    // Adds itself to the window as a dock and its actions to the window's menus.
    explicit SearchPanel(WindowHost &window);
    ~SearchPanel() override;

    static constexpr int DebounceMs = 250;
    static constexpr int ResultLimit = 50;
    static inline const QString HitLayer = QStringLiteral("search");
    static inline const QString CurrentHitLayer = QStringLiteral("search-current");

    enum class State { Idle, Searching, Results, NoResults, Error };
    State state() const { return m_state; }
    QString statusText() const;

    QLineEdit *searchField() const { return m_field; }
    QListView *resultView() const { return m_results; }
    SearchResultModel *resultModel() const { return m_model; }
    QDockWidget *dock() const { return m_dock; }
    SearchWorker *worker() const { return m_worker.get(); }

    SearchFilter filter() const;
    // Shows the filter in the widgets, remembers it and searches again.
    void setFilter(const SearchFilter &filter);

    // Searches for the field's text at once, without waiting for the pause.
    void searchNow();
    // True while typed text waits for the pause before it is searched.
    bool isWaitingForPause() const;
    // Puts text in the field and searches for it at once.
    void searchFor(const QString &text);
    // Focuses the field with its text selected, showing the dock.
    void focusField();

    // Opens result row in the reader and marks the hits; false when the
    // article cannot be shown.
    bool openResult(int row);
    // Hits marked in the article the reader shows (plainText() ranges).
    const QList<std::pair<int, int>> &articleHits() const { return m_articleHits; }
    int currentArticleHit() const { return m_currentHit; }
    void nextHit();
    void previousHit();

signals:
    // A search was handed to the worker, after the pause or at once.
    void searchStarted(const QString &text);
    // A search outcome was applied (results, none, or an error).
    void searchFinished();
    void stateChanged(pathak::ui::SearchPanel::State state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onTextChanged();
    void onFilterChanged();
    void onSearched(const SearchOutcome &outcome);
    void setState(State state, const QString &message = {});
    void moveResult(int delta);
    void showHit(int index);
    void clearArticleHits();
    void loadSourceLabels();
    void loadSettings();
    void saveSettings() const;
    void updateFilterButton();
    QString countText() const;

    WindowHost &m_window;
    std::unique_ptr<SearchWorker> m_worker;
    std::unique_ptr<SearchIndex> m_labelIndex; // the window's connection: source labels only
    QDockWidget *m_dock = nullptr;
    QLineEdit *m_field = nullptr;
    QToolButton *m_filterButton = nullptr;
    QWidget *m_filterBox = nullptr;
    QComboBox *m_source = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_favourites = nullptr;
    QCheckBox *m_annotated = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_results = nullptr;
    SearchResultModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_nextHitAction = nullptr;
    QAction *m_previousHitAction = nullptr;

    State m_state = State::Idle;
    QString m_message;        // error text, or the query that found nothing
    quint64 m_waitingFor = 0; // generation of the search whose outcome counts
    QString m_shownQuery;     // the query the listed results are for
    bool m_moreResults = false;
    bool m_loadingSettings = false;

    qint64 m_hitArticle = 0;
    QList<std::pair<int, int>> m_articleHits;
    int m_currentHit = -1;
};

} // namespace pathak::ui
