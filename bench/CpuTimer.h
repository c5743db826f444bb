#pragma once

#include <QElapsedTimer>

namespace pathak::bench {

// Wall time and the CPU time of this process (all its threads) since
// start(). On a shared machine wall time mostly measures the neighbours:
// the CPU figure is the one to compare between runs. childSeconds() adds
// what finished child processes used (the sqlite3 shell).
class CpuTimer
{
public:
    CpuTimer() { start(); }
    void start();
    double wallSeconds() const;
    double cpuSeconds() const;
    double childSeconds() const;
    // CPU time of this process since it started.
    static double processCpuSeconds() { return processCpu(); }

private:
    static double processCpu();
    static double childrenCpu();

    QElapsedTimer m_wall;
    double m_cpu = 0;
    double m_children = 0;
};

} // namespace pathak::bench
