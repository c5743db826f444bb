#pragma once

#include "library/ReadingPosition.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace pathak::ui {

class ReaderView;

// Follows the reading of the article a ReaderView shows: how far the reader
// got (for the progress in the status bar and "continue reading"), where to
// come back to, and when the article counts as read.
//
// An article is read when the reader scrolled to its end, or when it was
// shown for dwellMs() after the user opened it. An article the window opened
// by itself (after an import, after a delete) counts only from the first
// time the user does something in the reading view: seeing it is not
// reading it.
class ReadingTracker : public QObject
{
    Q_OBJECT
public:
    enum class Opening { ByUser, Automatic };

    // Words a minute for the reading time: a Bengali news reader's pace.
    static constexpr int wordsPerMinute = 160;
    static constexpr int defaultDwellMs = 15000;

    explicit ReadingTracker(ReaderView *view, QObject *parent = nullptr);

    // After the view showed the article: restores the saved position and
    // starts watching. Emits positionChanged for the article left before.
    void articleOpened(Opening how, const std::optional<ReadingPosition> &saved);
    // The view no longer shows an article (cleared, deleted).
    void articleClosed();
    // Emits positionChanged now if the position moved since it was last emitted.
    void flush();

    qint64 articleId() const { return m_articleId; }
    ReadingPosition position() const;
    int progressPerMille() const { return m_progress; }
    int wordCount() const { return m_words; }
    int minutesLeft() const;
    bool read() const { return m_readEmitted; }

    // Counts the shown article as read now (once per opening).
    void markRead();

    // 0: only reading to the end counts.
    void setDwellMs(int ms);
    int dwellMs() const { return m_dwellMs; }

signals:
    void progressChanged(int perMille, int minutesLeft);
    // Debounced while scrolling; at once when the article is left.
    void positionChanged(qint64 articleId, const pathak::ReadingPosition &position);
    void articleRead(qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScrolled();
    void updateProgress();
    void userActed();

    QPointer<ReaderView> m_view;
    QTimer *m_dwell = nullptr;
    QTimer *m_settle = nullptr;
    qint64 m_articleId = 0;
    int m_words = 0;
    int m_progress = 0;
    int m_dwellMs = defaultDwellMs;
    bool m_restoring = false;
    bool m_userActed = false;
    bool m_readEmitted = false;
    std::optional<ReadingPosition> m_lastEmitted;
};

} // namespace pathak::ui
