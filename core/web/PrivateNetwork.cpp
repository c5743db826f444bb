#include "web/PrivateNetwork.h"

#include <cstring>

namespace pathak {

namespace {

QString kindOfIpv4(quint32 a)
{
    const auto in = [a](quint32 net, int bits) {
        return bits == 0 || (a >> (32 - bits)) == (net >> (32 - bits));
    };
    if (in(0x7F000000, 8))
        return QStringLiteral("a loopback address");
    if (in(0x00000000, 8))
        return QStringLiteral("an unspecified address");
    if (in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16))
        return QStringLiteral("a private address");
    if (in(0xA9FE0000, 16))
        return QStringLiteral("a link-local address");
    if (in(0x64400000, 10))
        return QStringLiteral("a carrier's shared address");
    if (in(0xC0000000, 24) || in(0xC0000200, 24) || in(0xC6120000, 15) || in(0xC6336400, 24) ||
        in(0xCB007100, 24))
        return QStringLiteral("a reserved address");
    if (in(0xE0000000, 4))
        return QStringLiteral("a multicast address");
    if (in(0xF0000000, 4))
        return QStringLiteral("a reserved address");
    return {};
}

quint32 ipv4At(const Q_IPV6ADDR &a, int offset)
{
    return (quint32(a[offset]) << 24) | (quint32(a[offset + 1]) << 16) | (quint32(a[offset + 2]) << 8) |
           quint32(a[offset + 3]);
}

QString kindOfIpv6(const Q_IPV6ADDR &a)
{
    const auto prefix = [&a](std::initializer_list<quint8> bytes) {
        int i = 0;
        for (quint8 b : bytes) {
            if (a[i++] != b)
                return false;
        }
        return true;
    };
    static const Q_IPV6ADDR zero{};
    if (std::memcmp(a.c, zero.c, 16) == 0)
        return QStringLiteral("an unspecified address");
    Q_IPV6ADDR loopback{};
    loopback[15] = 1;
    if (std::memcmp(a.c, loopback.c, 16) == 0)
        return QStringLiteral("a loopback address");
    // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64).
    if (prefix({0, 0, 0, 0, 0, 0, 0, 0, 0, 0}) &&
        ((a[10] == 0xFF && a[11] == 0xFF) || (a[10] == 0 && a[11] == 0)))
        return kindOfIpv4(ipv4At(a, 12));
    if (prefix({0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0}))
        return kindOfIpv4(ipv4At(a, 12));
    if (prefix({0x20, 0x02})) // 6to4: 2002:a.b.c.d::/48
        return kindOfIpv4(ipv4At(a, 2));
    if ((a[0] & 0xFE) == 0xFC)
        return QStringLiteral("a private address");
    if (a[0] == 0xFE && (a[1] & 0xC0) == 0x80)
        return QStringLiteral("a link-local address");
    if (a[0] == 0xFE && (a[1] & 0xC0) == 0xC0)
        return QStringLiteral("a site-local address");
    if (a[0] == 0xFF)
        return QStringLiteral("a multicast address");
    if (prefix({0x20, 0x01, 0x0D, 0xB8}) || prefix({0x01, 0, 0, 0, 0, 0, 0, 0}))
        return QStringLiteral("a reserved address");
    return {};
}

} // namespace

QString PrivateNetwork::kindOf(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return kindOfIpv4(address.toIPv4Address());
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return kindOfIpv6(address.toIPv6Address());
    return QStringLiteral("not an internet address");
}

bool PrivateNetwork::isSameHost(const QString &linkHost, const QString &trustedHost)
{
    if (linkHost.isEmpty() || trustedHost.isEmpty())
        return false;
    QHostAddress link;
    QHostAddress trusted;
    if (link.setAddress(linkHost) && trusted.setAddress(trustedHost))
        return link.isEqual(trusted, QHostAddress::StrictConversion);
    return linkHost.compare(trustedHost, Qt::CaseInsensitive) == 0;
}

} // namespace pathak
