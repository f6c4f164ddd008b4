"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNIX_ADDRESS_PREFIX = void 0;
exports.isIpAddress = isIpAddress;
exports.ipAddressError = ipAddressError;
exports.ipSubnetError = ipSubnetError;
exports.portError = portError;
exports.unixAddressError = unixAddressError;
/**
 * Address rules as istiod applies them (Go's net/netip semantics): IP addresses, CIDR prefixes, ports,
 * unix domain socket paths.
 */
const net_1 = require("net");
/** True for an IPv4 or IPv6 address (netip.ParseAddr: no leading zeros in IPv4, IPv6 zones allowed). */
function isIpAddress(value) {
    return (0, net_1.isIP)(value) !== 0;
}
/** istiod's ValidateIPAddress. */
function ipAddressError(value) {
    return isIpAddress(value) ? undefined : `${value} is not a valid IP`;
}
/** True for `addr/bits` as netip.ParsePrefix reads it (no zone, bits within the address size). */
function isCidr(value) {
    const slash = value.lastIndexOf('/');
    if (slash < 0)
        return false;
    const addr = value.slice(0, slash);
    const bits = value.slice(slash + 1);
    if (addr.includes('%') || !/^\d{1,3}$/.test(bits))
        return false;
    const family = (0, net_1.isIP)(addr);
    if (family === 0)
        return false;
    return Number(bits) <= (family === 4 ? 32 : 128);
}
/** istiod's ValidateIPSubnet: a CIDR block when it contains '/', else a plain IP address. */
function ipSubnetError(value) {
    if (value.includes('/'))
        return isCidr(value) ? undefined : `"${value}" is not a valid CIDR block`;
    return ipAddressError(value);
}
/** istiod's ValidatePort: 1..65535. */
function portError(port) {
    return port >= 1 && port <= 65535 ? undefined : `port number ${port} must be in the range 1..65535`;
}
exports.UNIX_ADDRESS_PREFIX = 'unix://';
/** istiod's ValidateUnixAddress (the part after `unix://`): an absolute file path or an abstract `@name`. */
function unixAddressError(addr) {
    if (addr === '')
        return 'unix address must not be empty';
    if (addr.startsWith('@'))
        return undefined;
    if (!addr.startsWith('/') || addr.endsWith('/'))
        return `${addr} is not an absolute path to a file`;
    return undefined;
}
//# sourceMappingURL=net.js.map