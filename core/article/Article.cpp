#include "article/Article.h"

#include <QJsonArray>

namespace pathak {

namespace {
QJsonValue nullableString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject Article::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), title);
    if (caption) {
        o.insert(QStringLiteral("caption"),
                 QJsonObject{{QStringLiteral("text"), caption->text},
                             {QStringLiteral("credit"), nullableString(caption->credit)}});
    } else {
        o.insert(QStringLiteral("caption"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("paragraphs"), QJsonArray::fromStringList(paragraphs));
    QJsonArray adArray;
    for (const AdMarker &ad : ads) {
        adArray.append(QJsonObject{{QStringLiteral("label"), ad.label},
                                   {QStringLiteral("number"), ad.number},
                                   {QStringLiteral("after_paragraph"), ad.afterParagraph}});
    }
    o.insert(QStringLiteral("ads"), adArray);
    if (source) {
        o.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("label"), source->label},
                                                       {QStringLiteral("url"), nullableString(source->url)}});
    } else {
        o.insert(QStringLiteral("source"), QJsonValue::Null);
    }
    if (comments) {
        QJsonArray items;
        for (const Comment &c : comments->items) {
            items.append(
                QJsonObject{{QStringLiteral("author"), c.author ? QJsonValue(*c.author) : QJsonValue()},
                            {QStringLiteral("text"), c.text}});
        }
        o.insert(QStringLiteral("comments"), QJsonObject{{QStringLiteral("declared"), comments->declared},
                                                         {QStringLiteral("items"), items}});
    } else {
        o.insert(QStringLiteral("comments"), QJsonValue::Null);
    }
    return o;
}

Article Article::fromJson(const QJsonObject &o)
{
    Article a;
    a.title = o.value(QStringLiteral("title")).toString();
    if (o.value(QStringLiteral("caption")).isObject()) {
        const QJsonObject c = o.value(QStringLiteral("caption")).toObject();
        a.caption =
            Caption{c.value(QStringLiteral("text")).toString(), c.value(QStringLiteral("credit")).toString()};
    }
    for (const auto &p : o.value(QStringLiteral("paragraphs")).toArray())
        a.paragraphs.append(p.toString());
    for (const auto &v : o.value(QStringLiteral("ads")).toArray()) {
        const QJsonObject ad = v.toObject();
        a.ads.append(AdMarker{ad.value(QStringLiteral("label")).toString(),
                              ad.value(QStringLiteral("number")).toInt(),
                              ad.value(QStringLiteral("after_paragraph")).toInt()});
    }
    if (o.value(QStringLiteral("source")).isObject()) {
        const QJsonObject s = o.value(QStringLiteral("source")).toObject();
        a.source =
            Source{s.value(QStringLiteral("label")).toString(), s.value(QStringLiteral("url")).toString()};
    }
    if (o.value(QStringLiteral("comments")).isObject()) {
        const QJsonObject c = o.value(QStringLiteral("comments")).toObject();
        CommentSection section;
        section.declared = c.value(QStringLiteral("declared")).toInt();
        for (const auto &v : c.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = v.toObject();
            Comment comment;
            if (item.value(QStringLiteral("author")).isString())
                comment.author = item.value(QStringLiteral("author")).toString();
            comment.text = item.value(QStringLiteral("text")).toString();
            section.items.append(comment);
        }
        a.comments = section;
    }
    return a;
}

QList<TextBlock> Article::textBlocks() const
{
    QList<TextBlock> blocks;
    int offset = 0;
    auto add = [&](TextBlock::Kind kind, int index, const QString &text) {
        blocks.append(TextBlock{kind, index, text, offset});
        offset += int(text.toUcs4().size()) + BlockSeparatorLength;
    };
    add(TextBlock::Kind::Title, 0, title);
    if (caption)
        add(TextBlock::Kind::Caption, 0, caption->text);
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        add(TextBlock::Kind::Paragraph, int(i), paragraphs.at(i));
    if (comments) {
        for (qsizetype i = 0; i < comments->items.size(); ++i) {
            const Comment &c = comments->items.at(i);
            add(TextBlock::Kind::Comment, int(i),
                c.author ? *c.author + QStringLiteral(": ") + c.text : c.text);
        }
    }
    return blocks;
}

QString Article::plainText() const
{
    QStringList texts;
    for (const TextBlock &b : textBlocks())
        texts.append(b.text);
    return texts.join(QStringLiteral("\n\n"));
}

} // namespace pathak
