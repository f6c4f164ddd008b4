/**
 * Address rules as istiod applies them (Go's net/netip semantics): IP addresses, CIDR prefixes, ports,
 * unix domain socket paths.
 */
import { isIP } from 'net';
import { isDigits } from '../util/chars';

/** True for an IPv4 or IPv6 address (netip.ParseAddr: no leading zeros in IPv4, IPv6 zones allowed). */
export function isIpAddress(value: string): boolean {
  return isIP(value) !== 0;
}

/** istiod's ValidateIPAddress. */
export function ipAddressError(value: string): string | undefined {
  return isIpAddress(value) ? undefined : `${value} is not a valid IP`;
}

/** True for `addr/bits` as netip.ParsePrefix reads it (no zone, bits within the address size). */
function isCidr(value: string): boolean {
  const slash = value.lastIndexOf('/');
  if (slash < 0) return false;
  const addr = value.slice(0, slash);
  const bits = value.slice(slash + 1);
  if (addr.includes('%') || bits.length > 3 || !isDigits(bits)) return false;
  const family = isIP(addr);
  if (family === 0) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/** istiod's ValidateIPSubnet: a CIDR block when it contains '/', else a plain IP address. */
export function ipSubnetError(value: string): string | undefined {
  if (value.includes('/')) return isCidr(value) ? undefined : `"${value}" is not a valid CIDR block`;
  return ipAddressError(value);
}

/** istiod's ValidatePort: 1..65535. */
export function portError(port: number): string | undefined {
  return port >= 1 && port <= 65535 ? undefined : `port number ${port} must be in the range 1..65535`;
}

export const UNIX_ADDRESS_PREFIX = 'unix://';

/** istiod's ValidateUnixAddress (the part after `unix://`): an absolute file path or an abstract `@name`. */
export function unixAddressError(addr: string): string | undefined {
  if (addr === '') return 'unix address must not be empty';
  if (addr.startsWith('@')) return undefined;
  if (!addr.startsWith('/') || addr.endsWith('/')) return `${addr} is not an absolute path to a file`;
  return undefined;
}
