#pragma once

#include <QDockWidget>
#include <QHash>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QListView;

namespace pathak {
class AnnotationStore;
}

namespace pathak::ui {

class AnnotationFilterModel;
class AnnotationListModel;

// Every annotation in the library, narrowed by colour, by time and by text
// (quote, note or article title, matched word by word as the library
// search does) and sorted. Activating one opens its article at the passage.
class LibraryAnnotationsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit LibraryAnnotationsDock(AnnotationStore &store, QWidget *parent = nullptr);

    // Reloads the list; titles name the articles (id → title), tags are
    // each article's, for the tag filter.
    void reload(const QHash<qint64, QString> &titles, const QHash<qint64, QStringList> &tags = {});

    AnnotationListModel *model() const { return m_model; }
    AnnotationFilterModel *filter() const { return m_filter; }
    QListView *view() const { return m_view; }
    QComboBox *colorFilter() const { return m_color; }
    QComboBox *timeFilter() const { return m_time; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *orderChoice() const { return m_order; }
    QLineEdit *textFilter() const { return m_text; }

signals:
    // Open the article and show [start, end) (code points over plainText()).
    void openRequested(qint64 articleId, int start, int end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyTime();

    AnnotationListModel *m_model = nullptr;
    AnnotationFilterModel *m_filter = nullptr;
    QListView *m_view = nullptr;
    QComboBox *m_color = nullptr;
    QComboBox *m_time = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_order = nullptr;
    QLineEdit *m_text = nullptr;
};

} // namespace pathak::ui
