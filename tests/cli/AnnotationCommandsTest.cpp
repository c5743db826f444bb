// `annotate` and `annotations` against the built executable.
#include "TestLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

namespace {

class AnnotationCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_lib = m_dir.filePath(QStringLiteral("lib.sqlite"));
        ProcessResult r = run({QStringLiteral("import"), dataFile(QStringLiteral("seed-lavrov-rubio.txt"))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    ProcessResult run(QStringList args)
    {
        args.prepend(m_lib);
        args.prepend(QStringLiteral("--library"));
        return runPathak(args);
    }
    QJsonArray items(const QString &id = QStringLiteral("1"))
    {
        ProcessResult r = run({QStringLiteral("annotations"), id});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out)
            .object()
            .value(QStringLiteral("first"))
            .toObject()
            .value(QStringLiteral("items"))
            .toArray();
    }

    QTemporaryDir m_dir;
    QString m_lib;
};

QJsonObject selector(const QJsonObject &item, int i)
{
    return item.value(QStringLiteral("target"))
        .toObject()
        .value(QStringLiteral("selector"))
        .toArray()
        .at(i)
        .toObject();
}

} // namespace

TEST_F(AnnotationCommands, AnnotateAndExport)
{
    ProcessResult r = run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
                           QStringLiteral("ফিলিস্তিন এবং মধ্যপ্রাচ্যের"), QStringLiteral("--note"),
                           QStringLiteral("দুটি অঞ্চল"), QStringLiteral("--color"), QStringLiteral("green")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("annotation 1 on article 1: ")) << r.out.toStdString();

    const QJsonArray list = items();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject item = list.first().toObject();
    EXPECT_EQ(selector(item, 0).value(QStringLiteral("exact")).toString(),
              QStringLiteral("ফিলিস্তিন এবং মধ্যপ্রাচ্যের"));
    EXPECT_EQ(item.value(QStringLiteral("target")).toObject().value(QStringLiteral("styleClass")).toString(),
              QStringLiteral("green"));

    ProcessResult md = run({QStringLiteral("annotations"), QStringLiteral("1"), QStringLiteral("--format"),
                            QStringLiteral("md")});
    ASSERT_EQ(md.exitCode, 0);
    const QString text = QString::fromUtf8(md.out);
    EXPECT_TRUE(text.contains(QStringLiteral("> <mark class=\"pathak-green\" style=\"background: #aed581;\">"
                                             "ফিলিস্তিন এবং মধ্যপ্রাচ্যের</mark>\n")))
        << md.out.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("দুটি অঞ্চল\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("*green, ")));

    ProcessResult list1 = run({QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(list1.out)
                  .array()
                  .first()
                  .toObject()
                  .value(QStringLiteral("annotations"))
                  .toInt(),
              1);
}

TEST_F(AnnotationCommands, QuoteNotInArticleStoresNothing)
{
    ProcessResult r = run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
                           QStringLiteral("ঢাকার মিরপুরে")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(QString::fromUtf8(r.err), QStringLiteral("pathak: ঢাকার মিরপুরে: not in article 1\n"));
    EXPECT_TRUE(items().isEmpty());
    EXPECT_EQ(
        run({QStringLiteral("annotate"), QStringLiteral("7"), QStringLiteral("--quote"), QStringLiteral("ক")})
            .exitCode,
        1);
    EXPECT_EQ(run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
                   QStringLiteral("মার্কো"), QStringLiteral("--color"), QStringLiteral("red")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("annotate"), QStringLiteral("1")}).exitCode, 2);
    EXPECT_TRUE(items().isEmpty());
}

TEST_F(AnnotationCommands, RepeatedQuoteNeedsOccurrence)
{
    const QString quote = QStringLiteral("মার্কো রুবিও");
    ProcessResult r =
        run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), quote});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(r.err).contains(QStringLiteral("occurs 2 times"))) << r.err.toStdString();
    EXPECT_TRUE(items().isEmpty());
    EXPECT_EQ(run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), quote,
                   QStringLiteral("--occurrence"), QStringLiteral("3")})
                  .exitCode,
              1);

    ASSERT_EQ(run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), quote,
                   QStringLiteral("--occurrence"), QStringLiteral("1")})
                  .exitCode,
              0);
    ASSERT_EQ(run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), quote,
                   QStringLiteral("--occurrence"), QStringLiteral("2")})
                  .exitCode,
              0);
    const QJsonArray list = items();
    ASSERT_EQ(list.size(), 2);
    EXPECT_LT(selector(list.at(0).toObject(), 1).value(QStringLiteral("start")).toInt(),
              selector(list.at(1).toObject(), 1).value(QStringLiteral("start")).toInt());
}

TEST_F(AnnotationCommands, ImportRoundTripAndRemoveCountsAnnotations)
{
    for (const QString &q : {QStringLiteral("ক্রেমলিনের মতে"), QStringLiteral("ট্রুথ সোশ্যালে")})
        ASSERT_EQ(
            run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), q}).exitCode, 0);
    ProcessResult exported = run({QStringLiteral("annotations"), QStringLiteral("1")});
    const QString file = m_dir.filePath(QStringLiteral("notes.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(exported.out);
    f.close();

    ProcessResult rm = run({QStringLiteral("remove"), QStringLiteral("1")});
    EXPECT_EQ(rm.out, QByteArray("removed 1 and its 2 annotations\n"));
    ProcessResult again = run({QStringLiteral("import"), QStringLiteral("--json"),
                               dataFile(QStringLiteral("seed-lavrov-rubio.txt"))});
    ASSERT_EQ(again.exitCode, 0);
    const QString id = QString::number(QJsonDocument::fromJson(again.out)
                                           .array()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toInteger());
    ProcessResult imp = run({QStringLiteral("annotations"), id, QStringLiteral("--import"), file});
    ASSERT_EQ(imp.exitCode, 0) << imp.err.toStdString();
    EXPECT_EQ(imp.out, QByteArray("imported 2, duplicates 0, orphaned 0 (W3C Web Annotation)\n"));
    const QJsonArray back = items(id);
    ASSERT_EQ(back.size(), 2);
    const QJsonArray before = QJsonDocument::fromJson(exported.out)
                                  .object()
                                  .value(QStringLiteral("first"))
                                  .toObject()
                                  .value(QStringLiteral("items"))
                                  .toArray();
    for (int i = 0; i < 2; ++i) {
        QJsonObject a = back.at(i).toObject();
        QJsonObject b = before.at(i).toObject();
        a.remove(QStringLiteral("id"));
        b.remove(QStringLiteral("id"));
        EXPECT_EQ(a, b);
    }

    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [{\"type\": \"Annotation\"}]}}");
    bad.close();
    ProcessResult failed =
        run({QStringLiteral("annotations"), id, QStringLiteral("--import"), bad.fileName()});
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_EQ(items(id).size(), 2);
}

TEST_F(AnnotationCommands, StoredAnnotationsReachTheExport)
{
    ASSERT_EQ(
        run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
             QStringLiteral("ফিলিস্তিন এবং মধ্যপ্রাচ্যের"), QStringLiteral("--note"), QStringLiteral("দুটি অঞ্চল")})
            .exitCode,
        0);
    const QString pdf = m_dir.filePath(QStringLiteral("marked.pdf"));
    ProcessResult r = run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(", 1 highlights to ")) << r.out.toStdString();

    const QString plainPdf = m_dir.filePath(QStringLiteral("plain.pdf"));
    r = run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--pdf"), plainPdf,
             QStringLiteral("--no-annotations")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(", 0 highlights to ")) << r.out.toStdString();

    const QString md = m_dir.filePath(QStringLiteral("marked.md"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--markdown"), md}).exitCode,
              0);
    QFile file(md);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("<mark class=\"pathak-yellow\" style=\"background: #fff176;\">"
                                             "ফিলিস্তিন এবং মধ্যপ্রাচ্যের</mark>")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("দুটি অঞ্চল")));
}
