#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace pathak {

// Rolls back on scope exit unless commit() was called, so an early return
// or a failed statement never leaves half an article in the library.
class Transaction
{
public:
    // IMMEDIATE takes the write lock at once, waiting for another writer
    // (the busy timeout); a deferred transaction that read first could not
    // take it later once that writer committed, and would fail at once.
    explicit Transaction(QSqlDatabase &db)
        : m_db(db), m_active(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")))
    {
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

} // namespace pathak
