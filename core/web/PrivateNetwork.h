#pragma once

#include <QHostAddress>
#include <QString>

namespace pathak {

// Which addresses lie on this computer or its local network, where a link
// in a page or feed must not lead: the app would fetch a router's admin
// page or a local service's answer and store it as an article. Public
// addresses are everything else.
class PrivateNetwork
{
public:
    // What kind of non-public address this is ("a loopback address",
    // "a private address", ...), or an empty string for a public one.
    // IPv4 addresses written inside IPv6 (mapped, NAT64, 6to4) are judged
    // by the IPv4 address they carry.
    static QString kindOf(const QHostAddress &address);

    // Whether a link's host is the one the user entered: host names compare
    // without case, addresses by value (so 127.1 is 127.0.0.1).
    static bool isSameHost(const QString &linkHost, const QString &trustedHost);
};

} // namespace pathak
