#pragma once

#include "annotation/Annotation.h"

#include <QDate>
#include <QDialog>
#include <QFont>

class QLabel;
class QPushButton;

namespace pathak {
class AnnotationStore;
class ReviewSchedule;
} // namespace pathak

namespace pathak::ui {

// The daily review: a few highlights brought back, one at a time, each
// with its note and article. K keeps it (it comes back later and later),
// S skips it to tomorrow, O opens the article at the passage.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(AnnotationStore &store, ReviewSchedule &schedule, const QHash<qint64, QString> &titles,
                 const QFont &readingFont, const QDate &today, QWidget *parent = nullptr);

    // How many highlights today's review holds; 0 when there is nothing.
    int count() const { return int(m_items.size()); }
    // The highlight shown, if any is left.
    std::optional<Annotation> current() const;

    void keep();
    void skip();
    void openArticle();

    QPushButton *keepButton() const { return m_keep; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *openButton() const { return m_open; }

signals:
    // Open the article and show [start, end) (code points).
    void openRequested(qint64 articleId, int start, int end);
    // A store write failed.
    void failed(const QString &message);

private:
    void showCurrent();
    void next();
    // Kept or skipped: scheduled, and on to the next.
    void decide(bool kept);

    AnnotationStore &m_store;
    ReviewSchedule &m_schedule;
    QHash<qint64, QString> m_titles;
    QDate m_today;
    QList<Annotation> m_items;
    int m_index = 0;
    QLabel *m_position = nullptr;
    QLabel *m_quote = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_source = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace pathak::ui
