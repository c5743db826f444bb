#include "library/fts/IndexTokens.h"

#include "library/fts/Fts5Api.h"

#include <sqlite3.h>

#include <QString>

#include <cstring>

namespace pathak {

namespace {

// SQLite's unicode61, borrowed from a private in-memory connection that
// lives as long as the process: tokenizing needs no database, but FTS5 lends
// its tokenizers only through a connection. unicode61 keeps no state outside
// the instances made from it, so any thread may make and use one.
struct Unicode61
{
    sqlite3 *db = nullptr;
    fts5_tokenizer tokenizer{};
    void *userData = nullptr;
    bool ok = false;
};

const Unicode61 &sqliteUnicode61()
{
    static const Unicode61 instance = [] {
        Unicode61 u;
        if (sqlite3_open_v2(":memory:", &u.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK)
            return u;
        if (fts5_api *api = Fts5Api::of(u.db))
            u.ok = api->xFindTokenizer(api, "unicode61", &u.userData, &u.tokenizer) == SQLITE_OK;
        return u;
    }();
    return instance;
}

} // namespace

const std::vector<QByteArray> &IndexTokens::indexArguments()
{
    // tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*' separators '৷'"
    static const std::vector<QByteArray> arguments{"remove_diacritics", "0",          "categories",
                                                   "L* N* Co M*",       "separators", "\xE0\xA7\xB7"};
    return arguments;
}

namespace {

// Runs an instance of unicode61 over text into out.
bool tokenizeWith(const Unicode61 &u, Fts5Tokenizer *instance, const QByteArray &text, void *out,
                  int (*record)(void *, int, const char *, int, int, int))
{
    return u.tokenizer.xTokenize(instance, out, FTS5_TOKENIZE_DOCUMENT, text.constData(), int(text.size()),
                                 record) == SQLITE_OK;
}

Fts5Tokenizer *createInstance(const Unicode61 &u)
{
    if (!u.ok)
        return nullptr;
    std::vector<const char *> arguments;
    for (const QByteArray &a : IndexTokens::indexArguments())
        arguments.push_back(a.constData());
    Fts5Tokenizer *instance = nullptr;
    if (u.tokenizer.xCreate(u.userData, arguments.data(), int(arguments.size()), &instance) != SQLITE_OK)
        return nullptr;
    return instance;
}

// What unicode61 does with one character: whether it starts a token,
// whether it continues one, and the bytes it adds to the token.
struct CharRule
{
    bool starts = false;
    bool continues = false;
    quint8 foldSize = 0;
    char fold[4] = {};
};

constexpr char32_t tableEnd = 0x3000;

// One token as the table builder sees it.
struct Seen
{
    int count = 0;
    QByteArray bytes;
    int start = 0;
    int end = 0;
    int flags = 0;
};

int see(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *seen = static_cast<Seen *>(context);
    ++seen->count;
    seen->bytes = QByteArray(token, size);
    seen->start = start;
    seen->end = end;
    seen->flags = flags;
    return SQLITE_OK;
}

// The rules of every character below tableEnd, asked of unicode61 one
// character at a time: alone (does it start a token, folded to what?) and
// after "a" (does it continue one?). Empty if any answer does not fit the
// character-by-character model the table tokenizer follows.
const std::vector<CharRule> &charRules()
{
    static const std::vector<CharRule> rules = [] {
        std::vector<CharRule> out(tableEnd);
        const Unicode61 &u = sqliteUnicode61();
        Fts5Tokenizer *instance = createInstance(u);
        if (!instance)
            return std::vector<CharRule>();
        bool fits = true;
        for (char32_t c = 0; c < tableEnd && fits; ++c) {
            const QByteArray utf8 = QString::fromUcs4(&c, 1).toUtf8();
            Seen alone;
            Seen after;
            fits = tokenizeWith(u, instance, utf8, &alone, &see) &&
                   tokenizeWith(u, instance, "a" + utf8, &after, &see);
            CharRule &r = out[c];
            r.starts = alone.count == 1;
            r.continues = after.count == 1 && after.end == 1 + utf8.size();
            const QByteArray fold = r.starts ? alone.bytes : after.bytes.mid(1);
            // A character that starts a token always continues one in
            // unicode61, and it is folded the same either way.
            fits = fits && alone.count <= 1 &&
                   (!r.starts ||
                    (r.continues && alone.start == 0 && alone.end == utf8.size() && alone.flags == 0)) &&
                   (!r.continues || (after.flags == 0 && after.start == 0 && after.bytes.startsWith('a') &&
                                     (!r.starts || after.bytes.mid(1) == fold))) &&
                   fold.size() <= 4 && fold.size() <= 2 * utf8.size();
            if (fits) {
                r.foldSize = quint8(fold.size());
                std::memcpy(r.fold, fold.constData(), size_t(fold.size()));
            }
        }
        u.tokenizer.xDelete(instance);
        return fits ? out : std::vector<CharRule>();
    }();
    return rules;
}

// One well-formed UTF-8 character below tableEnd at p; false for anything
// else (other characters, broken bytes), which unicode61 then reads itself.
inline bool decode(const unsigned char *p, const unsigned char *end, char32_t &c, int &size)
{
    const unsigned char b = p[0];
    if (b < 0x80) {
        c = b;
        size = 1;
        return true;
    }
    if (b >= 0xC2 && b <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
        c = char32_t(b & 0x1F) << 6 | (p[1] & 0x3F);
        size = 2;
        return true;
    }
    if (b >= 0xE0 && b <= 0xE2 && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        c = char32_t(b & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        size = 3;
        return c >= 0x800 && c < tableEnd;
    }
    return false;
}

} // namespace

IndexTokens IndexTokens::of(const QByteArray &utf8)
{
    IndexTokens out;
    if (fromTable(utf8, out))
        return out;
    return bySqlite(utf8);
}

IndexTokens IndexTokens::bySqlite(const QByteArray &utf8)
{
    IndexTokens out;
    const Unicode61 &u = sqliteUnicode61();
    Fts5Tokenizer *instance = createInstance(u);
    if (!instance)
        return out;
    out.m_bytes.reserve(utf8.size());
    const bool ok = tokenizeWith(u, instance, utf8, &out, &IndexTokens::record);
    u.tokenizer.xDelete(instance);
    if (!ok)
        return IndexTokens();
    out.m_text = utf8;
    out.m_valid = true;
    return out;
}

bool IndexTokens::tableCovers(QByteArrayView utf8)
{
    if (charRules().empty())
        return false;
    const auto *at = reinterpret_cast<const unsigned char *>(utf8.data());
    const unsigned char *const end = at + utf8.size();
    char32_t c = 0;
    int size = 0;
    for (; at < end; at += size) {
        if (!decode(at, end, c, size))
            return false;
    }
    return true;
}

bool IndexTokens::fromTable(const QByteArray &utf8, IndexTokens &out)
{
    const std::vector<CharRule> &rules = charRules();
    if (rules.empty())
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.constData());
    const unsigned char *const end = p + utf8.size();
    // A character folds to at most twice its bytes (charRules checks), so
    // the tokens are written straight into a buffer of that size; every
    // fold is copied as 4 bytes, hence the 4 more.
    out.m_bytes.resize(utf8.size() * 2 + 4);
    char *const folded = out.m_bytes.data();
    char *write = folded;
    out.m_tokens.reserve(size_t(utf8.size() / 16));
    const unsigned char *at = p;
    char32_t c = 0;
    int size = 0;
    while (at < end) {
        // Characters between tokens.
        if (!decode(at, end, c, size))
            return false;
        const CharRule *rule = &rules[c];
        if (!rule->starts) {
            at += size;
            continue;
        }
        const int start = int(at - p);
        char *const token = write;
        do {
            std::memcpy(write, rule->fold, 4);
            write += rule->foldSize;
            at += size;
            if (at == end)
                break;
            if (!decode(at, end, c, size))
                return false;
            rule = &rules[c];
        } while (rule->continues);
        out.m_tokens.push_back({0, int(token - folded), int(write - token), start, int(at - p)});
    }
    out.m_bytes.truncate(write - folded);
    out.m_text = utf8;
    out.m_valid = true;
    return true;
}

bool IndexTokens::operator==(const IndexTokens &other) const
{
    if (m_valid != other.m_valid || m_tokens.size() != other.m_tokens.size())
        return false;
    for (size_t i = 0; i < m_tokens.size(); ++i) {
        const Token &a = m_tokens[i];
        const Token &b = other.m_tokens[i];
        if (a.flags != b.flags || a.start != b.start || a.end != b.end ||
            QByteArrayView(m_bytes).sliced(a.offset, a.size) !=
                QByteArrayView(other.m_bytes).sliced(b.offset, b.size))
            return false;
    }
    return true;
}

int IndexTokens::record(void *self, int flags, const char *token, int size, int start, int end)
{
    auto *out = static_cast<IndexTokens *>(self);
    out->m_tokens.push_back({flags, int(out->m_bytes.size()), size, start, end});
    out->m_bytes.append(token, size);
    return SQLITE_OK;
}

bool IndexTokens::isFor(QByteArrayView text) const
{
    if (!m_valid || text.size() != m_text.size())
        return false;
    // The text indexed is normally the very buffer tokenized.
    return text.data() == m_text.constData() ||
           std::memcmp(text.data(), m_text.constData(), size_t(text.size())) == 0;
}

int IndexTokens::replay(void *context, int (*token)(void *, int, const char *, int, int, int)) const
{
    const char *bytes = m_bytes.constData();
    for (const Token &t : m_tokens) {
        if (const int rc = token(context, t.flags, bytes + t.offset, t.size, t.start, t.end); rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

} // namespace pathak
