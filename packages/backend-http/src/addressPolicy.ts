import ipaddr from 'ipaddr.js';

/**
 * Why an address may not be fetched from, or undefined when it is a public unicast address.
 * Anything ipaddr.js does not classify as plain `unicast` is refused: loopback, private,
 * link-local, CGNAT, 0/8, multicast, broadcast, reserved (which includes 198.18/15, 240/4
 * and IPv6 ::/8), unique-local and the rest. IPv4-mapped and NAT64 IPv6 addresses are judged
 * by the IPv4 address they carry.
 */
export function blockedAddressReason(address: string): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return 'not an IP address';
  }
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress())
      return blockedAddressReason(v6.toIPv4Address().toString());
    const range = v6.range();
    if (range === 'rfc6052')
      return blockedAddressReason(
        ipaddr.fromByteArray(v6.toByteArray().slice(12)).toString(),
      );
    // ::/8 is reserved by the IETF (IPv4-compatible ::a.b.c.d among it); ipaddr.js calls it unicast.
    if (range === 'unicast' && v6.parts[0] <= 0x00ff) return 'reserved';
    return range === 'unicast' ? undefined : range;
  }
  const range = (parsed as ipaddr.IPv4).range();
  return range === 'unicast' ? undefined : range;
}
