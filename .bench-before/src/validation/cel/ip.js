"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KubeCidr = exports.KubeIp = void 0;
/**
 * The Kubernetes CEL IP and CIDR libraries (`isIP`, `ip()`, `isCIDR`, `cidr()`, …) as the API server defines them:
 * Go netip parsing without zones and without IPv4-mapped IPv6 addresses, IPv4 without leading zeros.
 */
const net_1 = require("net");
const IPV4_MAPPED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;
/** 4 or 6 for an address the Kubernetes library accepts, 0 otherwise. */
function familyOf(text) {
    if (text.includes('%') || IPV4_MAPPED.test(text))
        return 0;
    return (0, net_1.isIP)(text);
}
/** The address as a big-endian bit string (32 or 128 characters). */
function bits(text, family) {
    if (family === 4)
        return text.split('.').map((o) => Number(o).toString(2).padStart(8, '0')).join('');
    let [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
    const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
    const groups = (s) => (s ? s.split(':') : []);
    const v4 = (s) => {
        const n = s.split('.').map(Number);
        return [((n[0] << 8) | n[1]).toString(16), ((n[2] << 8) | n[3]).toString(16)];
    };
    if (dotted) {
        if (tail !== undefined)
            tail = tail.replace(dotted[1], v4(dotted[1]).join(':'));
        else
            head = head.replace(dotted[1], v4(dotted[1]).join(':'));
    }
    const h = groups(head);
    const t = groups(tail);
    const all = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    return all.map((g) => parseInt(g, 16).toString(2).padStart(16, '0')).join('');
}
/** An IP address value (`net.IP` in CEL). */
class KubeIp {
    text;
    family;
    static parse(text) {
        const family = familyOf(text);
        if (family === 0)
            throw new Error(`IP Address "${text}" parse error during conversion from string: ParseAddr("${text}"): unable to parse IP`);
        return new KubeIp(text, family);
    }
    static isValid(text) {
        return familyOf(text) !== 0;
    }
    constructor(text, family) {
        this.text = text;
        this.family = family;
    }
    get bits() {
        return bits(this.text, this.family);
    }
    get isUnspecified() {
        return !this.bits.includes('1');
    }
    get isLoopback() {
        return this.family === 4 ? this.text.startsWith('127.') : this.bits === '0'.repeat(127) + '1';
    }
}
exports.KubeIp = KubeIp;
/** A CIDR value (`net.CIDR` in CEL). */
class KubeCidr {
    ip;
    prefixLength;
    static parse(text) {
        const cidr = KubeCidr.tryParse(text);
        if (!cidr)
            throw new Error(`network address parse error during conversion from string: netip.ParsePrefix("${text}"): invalid prefix`);
        return cidr;
    }
    static isValid(text) {
        return KubeCidr.tryParse(text) !== undefined;
    }
    static tryParse(text) {
        const slash = text.lastIndexOf('/');
        if (slash < 0)
            return undefined;
        const prefix = text.slice(slash + 1);
        if (!/^(0|[1-9]\d{0,2})$/.test(prefix))
            return undefined;
        const addr = text.slice(0, slash);
        if (!KubeIp.isValid(addr))
            return undefined;
        const ip = KubeIp.parse(addr);
        const length = Number(prefix);
        if (length > (ip.family === 4 ? 32 : 128))
            return undefined;
        return new KubeCidr(ip, length);
    }
    constructor(ip, prefixLength) {
        this.ip = ip;
        this.prefixLength = prefixLength;
    }
    contains(other) {
        if (other.family !== this.ip.family)
            return false;
        return other.bits.slice(0, this.prefixLength) === this.ip.bits.slice(0, this.prefixLength);
    }
}
exports.KubeCidr = KubeCidr;
//# sourceMappingURL=ip.js.map