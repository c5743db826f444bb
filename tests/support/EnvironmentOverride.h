#pragma once

#include <QByteArray>

namespace pathak::test {

// Sets an environment variable for a scope and puts back what it was (or
// unsets it), so one test's setting never leaks into the next.
class EnvironmentOverride
{
public:
    EnvironmentOverride(const char *name, const QByteArray &value) : m_name(name), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        if (m_old.isNull())
            qunsetenv(m_name);
        else
            qputenv(m_name, m_old);
    }
    EnvironmentOverride(const EnvironmentOverride &) = delete;
    EnvironmentOverride &operator=(const EnvironmentOverride &) = delete;

private:
    const char *m_name;
    QByteArray m_old;
};

} // namespace pathak::test
