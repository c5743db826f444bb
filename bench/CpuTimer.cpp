#include "CpuTimer.h"

#include <sys/resource.h>
#include <time.h>

namespace pathak::bench {

void CpuTimer::start()
{
    m_wall.start();
    m_cpu = processCpu();
    m_children = childrenCpu();
}

double CpuTimer::wallSeconds() const
{
    return double(m_wall.nsecsElapsed()) / 1e9;
}

double CpuTimer::cpuSeconds() const
{
    return processCpu() - m_cpu;
}

double CpuTimer::childSeconds() const
{
    return childrenCpu() - m_children;
}

double CpuTimer::processCpu()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double CpuTimer::childrenCpu()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace pathak::bench
