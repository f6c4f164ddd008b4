/** True for an IPv4 or IPv6 address (netip.ParseAddr: no leading zeros in IPv4, IPv6 zones allowed). */
export declare function isIpAddress(value: string): boolean;
/** istiod's ValidateIPAddress. */
export declare function ipAddressError(value: string): string | undefined;
/** istiod's ValidateIPSubnet: a CIDR block when it contains '/', else a plain IP address. */
export declare function ipSubnetError(value: string): string | undefined;
/** istiod's ValidatePort: 1..65535. */
export declare function portError(port: number): string | undefined;
export declare const UNIX_ADDRESS_PREFIX = "unix://";
/** istiod's ValidateUnixAddress (the part after `unix://`): an absolute file path or an abstract `@name`. */
export declare function unixAddressError(addr: string): string | undefined;
