/**
 * The Kubernetes CEL IP and CIDR libraries (`isIP`, `ip()`, `isCIDR`, `cidr()`, …) as the API server defines them:
 * Go netip parsing without zones and without IPv4-mapped IPv6 addresses, IPv4 without leading zeros.
 */
import { isIP as nodeIsIp } from 'net';
import { isDigits } from '../util/chars';
import { re2Pattern } from '../util/re2';

const IPV4_MAPPED = re2Pattern('(?i)^::ffff:(\\d+\\.\\d+\\.\\d+\\.\\d+)$');
const DOTTED_TAIL = re2Pattern('(\\d+\\.\\d+\\.\\d+\\.\\d+)$');

/** 4 or 6 for an address the Kubernetes library accepts, 0 otherwise. */
function familyOf(text: string): number {
  if (text.includes('%') || IPV4_MAPPED.test(text)) return 0;
  return nodeIsIp(text);
}

/** The address as a big-endian bit string (32 or 128 characters). */
function bits(text: string, family: number): string {
  if (family === 4) return text.split('.').map((o) => Number(o).toString(2).padStart(8, '0')).join('');
  let [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const dotted = DOTTED_TAIL.exec(text)?.[1];
  const groups = (s: string | undefined): string[] => (s ? s.split(':') : []);
  const v4 = (s: string): string[] => {
    const n = s.split('.').map(Number);
    return [((n[0] << 8) | n[1]).toString(16), ((n[2] << 8) | n[3]).toString(16)];
  };
  if (dotted !== undefined) {
    if (tail !== undefined) tail = tail.replace(dotted, v4(dotted).join(':'));
    else head = head.replace(dotted, v4(dotted).join(':'));
  }
  const h = groups(head);
  const t = groups(tail);
  const all = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return all.map((g) => parseInt(g, 16).toString(2).padStart(16, '0')).join('');
}

/** An IP address value (`net.IP` in CEL). */
export class KubeIp {
  public static parse(text: string): KubeIp {
    const family = familyOf(text);
    if (family === 0) throw new Error(`IP Address "${text}" parse error during conversion from string: ParseAddr("${text}"): unable to parse IP`);
    return new KubeIp(text, family);
  }

  public static isValid(text: string): boolean {
    return familyOf(text) !== 0;
  }

  private constructor(public readonly text: string, public readonly family: number) {}

  public get bits(): string {
    return bits(this.text, this.family);
  }

  public get isUnspecified(): boolean {
    return !this.bits.includes('1');
  }

  public get isLoopback(): boolean {
    return this.family === 4 ? this.text.startsWith('127.') : this.bits === '0'.repeat(127) + '1';
  }
}

/** A CIDR value (`net.CIDR` in CEL). */
export class KubeCidr {
  public static parse(text: string): KubeCidr {
    const cidr = KubeCidr.tryParse(text);
    if (!cidr) throw new Error(`network address parse error during conversion from string: netip.ParsePrefix("${text}"): invalid prefix`);
    return cidr;
  }

  public static isValid(text: string): boolean {
    return KubeCidr.tryParse(text) !== undefined;
  }

  private static tryParse(text: string): KubeCidr | undefined {
    const slash = text.lastIndexOf('/');
    if (slash < 0) return undefined;
    const prefix = text.slice(slash + 1);
    if (prefix.length > 3 || !isDigits(prefix) || (prefix.length > 1 && prefix[0] === '0')) return undefined;
    const addr = text.slice(0, slash);
    if (!KubeIp.isValid(addr)) return undefined;
    const ip = KubeIp.parse(addr);
    const length = Number(prefix);
    if (length > (ip.family === 4 ? 32 : 128)) return undefined;
    return new KubeCidr(ip, length);
  }

  private constructor(public readonly ip: KubeIp, public readonly prefixLength: number) {}

  public contains(other: KubeIp): boolean {
    if (other.family !== this.ip.family) return false;
    return other.bits.slice(0, this.prefixLength) === this.ip.bits.slice(0, this.prefixLength);
  }
}
