#pragma once

#include "annotation/Annotation.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace pathak::ui {

// Narrows an AnnotationListModel to one colour and to annotations whose
// quote, note or article title contain a text. Matching ignores case and
// compares NFC forms, so a note typed with a precomposed য় still matches.
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setColor(std::optional<AnnotationColor> color);
    void setText(const QString &text);
    std::optional<AnnotationColor> color() const { return m_color; }
    const QString &text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<AnnotationColor> m_color;
    QString m_text;
};

} // namespace pathak::ui
