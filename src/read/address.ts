import { isIP } from 'node:net';

/**
 * Is an IP address one a fetch must not reach without --allow-private? Returns the reason
 * ("loopback", "private (10.0.0.0/8)") or null for a public address. Covers IPv4, IPv6 and
 * IPv6 forms that carry an IPv4 address inside (mapped, compatible, NAT64, 6to4).
 */
export function privateAddressReason(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const kind = isIP(ip);
  if (kind === 4) return v4Reason(ip.split('.').map(Number));
  if (kind === 6) {
    const b = v6Bytes(ip);
    return b ? v6Reason(b) : 'an IPv6 address that cannot be read';
  }
  return 'not an IP address';
}

function v4Reason([a, b, c]: number[]): string | null {
  if (a === 0) return 'unspecified ("this network", 0.0.0.0/8)';
  if (a === 10) return 'private (10.0.0.0/8)';
  if (a === 100 && b >= 64 && b <= 127) return 'shared carrier-grade NAT (100.64.0.0/10)';
  if (a === 127) return 'loopback (127.0.0.0/8)';
  if (a === 169 && b === 254) return 'link-local (169.254.0.0/16, cloud metadata)';
  if (a === 172 && b >= 16 && b <= 31) return 'private (172.16.0.0/12)';
  if (a === 192 && b === 0 && c === 0) return 'IETF protocol assignments (192.0.0.0/24)';
  if (a === 192 && b === 0 && c === 2) return 'documentation (192.0.2.0/24)';
  if (a === 192 && b === 168) return 'private (192.168.0.0/16)';
  if (a === 198 && (b === 18 || b === 19)) return 'benchmarking (198.18.0.0/15)';
  if (a === 198 && b === 51 && c === 100) return 'documentation (198.51.100.0/24)';
  if (a === 203 && b === 0 && c === 113) return 'documentation (203.0.113.0/24)';
  if (a >= 224 && a <= 239) return 'multicast (224.0.0.0/4)';
  if (a >= 240) return 'reserved or broadcast (240.0.0.0/4)';
  return null;
}

/** 16 bytes of an IPv6 address (with "::" and a trailing dotted IPv4 handled), or null. */
function v6Bytes(ip: string): number[] | null {
  let s = ip.toLowerCase();
  const tail: number[] = [];
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (dotted) {
    tail.push(...dotted.slice(1).map(Number));
    s = s.slice(0, dotted.index) + '0:0';
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string) => (h ? h.split(':').map((g) => parseInt(g, 16)) : []);
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const fill = 8 - head.length - rest.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return null;
  const groups = [...head, ...new Array(fill).fill(0), ...rest];
  if (groups.some((g) => !(g >= 0 && g <= 0xffff))) return null;
  const bytes = groups.flatMap((g) => [g >> 8, g & 0xff]);
  if (dotted) bytes.splice(12, 4, ...tail);
  return bytes;
}

function v6Reason(b: number[]): string | null {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 16)) return 'unspecified (::)';
  if (zeros(0, 15) && b[15] === 1) return 'loopback (::1)';
  const inner = (at: number, what: string) => {
    const r = v4Reason(b.slice(at, at + 4));
    return r ? `${what} carrying ${b.slice(at, at + 4).join('.')}: ${r}` : null;
  };
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return inner(12, 'IPv4-mapped IPv6');
  if (zeros(0, 12)) return inner(12, 'IPv4-compatible IPv6') ?? 'IPv4-compatible IPv6 (deprecated)';
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return inner(12, 'NAT64 IPv6');
  if (b[0] === 0x20 && b[1] === 0x02) return inner(2, '6to4 IPv6');
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x00 && b[3] === 0x00) return 'Teredo tunnel (2001::/32)';
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return 'documentation (2001:db8::/32)';
  if (b[0] === 0x01 && b[1] === 0x00 && zeros(2, 8)) return 'discard (100::/64)';
  if ((b[0] & 0xfe) === 0xfc) return 'unique-local (fc00::/7)';
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0x80) return 'link-local (fe80::/10)';
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0xc0) return 'site-local (fec0::/10)';
  if (b[0] === 0xff) return 'multicast (ff00::/8)';
  return null;
}
