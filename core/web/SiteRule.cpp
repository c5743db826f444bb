#include "web/SiteRule.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pathak {

namespace {

bool readSelectors(const QJsonObject &o, const char *key, QList<ElementSelector> &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QJsonArray list = v.isArray() ? v.toArray() : (v.isString() ? QJsonArray{v} : QJsonArray{});
    for (const auto &item : list) {
        ElementSelector s(item.toString());
        if (!s.isValid())
            return false;
        out.append(s);
    }
    return true;
}

} // namespace

std::optional<SiteRule> SiteRule::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    SiteRule rule;
    rule.name = o.value(QStringLiteral("name")).toString();
    for (const auto &h : o.value(QStringLiteral("hosts")).toArray())
        rule.hosts.append(h.toString().toLower());
    rule.pathPrefix = o.value(QStringLiteral("path_prefix")).toString();
    if (rule.hosts.isEmpty())
        return std::nullopt;
    for (const auto &[key, list] :
         {std::pair{"body", &rule.body}, std::pair{"title", &rule.title}, std::pair{"caption", &rule.caption},
          std::pair{"credit", &rule.credit}, std::pair{"date", &rule.date}, std::pair{"author", &rule.author},
          std::pair{"strip", &rule.strip}}) {
        if (!readSelectors(o, key, *list))
            return std::nullopt;
    }
    return rule;
}

const QList<SiteRule> &SiteRule::all()
{
    static const QList<SiteRule> rules = [] {
        QList<SiteRule> out;
        const QDir dir(QStringLiteral(":/site-rules"));
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            if (std::optional<SiteRule> rule = fromJson(f.readAll()))
                out.append(std::move(*rule));
        }
        return out;
    }();
    return rules;
}

std::optional<SiteRule> SiteRule::forUrl(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return std::nullopt;
    for (const SiteRule &rule : all()) {
        if (!rule.pathPrefix.isEmpty() && !url.path().startsWith(rule.pathPrefix))
            continue;
        for (const QString &h : rule.hosts) {
            if (host == h || host.endsWith(QLatin1Char('.') + h))
                return rule;
        }
    }
    return std::nullopt;
}

} // namespace pathak
