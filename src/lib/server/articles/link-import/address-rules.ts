// Which resolved addresses a link import may connect to: public unicast only. Checked on the address
// DNS gave (not on the host name), so "localhost", 127.1, 0x7f000001 and names pointing inward all fail.
import { isIPv4, isIPv6 } from 'node:net';

/** [base address, prefix length]: ranges that are not the public internet. */
const V4_BLOCKED: [string, number][] = [
	['0.0.0.0', 8], // "this network", unspecified
	['10.0.0.0', 8],
	['100.64.0.0', 10], // carrier-grade NAT
	['127.0.0.0', 8],
	['169.254.0.0', 16], // link-local, cloud metadata at 169.254.169.254
	['172.16.0.0', 12],
	['192.0.0.0', 24], // IETF protocol assignments
	['192.0.2.0', 24], // documentation
	['192.168.0.0', 16],
	['198.18.0.0', 15], // benchmarking
	['198.51.100.0', 24], // documentation
	['203.0.113.0', 24], // documentation
	['224.0.0.0', 4], // multicast
	['240.0.0.0', 4] // reserved, broadcast
];

function v4Number(address: string): number {
	return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

const V4_RANGES = V4_BLOCKED.map(([base, bits]) => ({ base: v4Number(base), size: 2 ** (32 - bits) }));

function publicV4(address: string): boolean {
	const n = v4Number(address);
	return !V4_RANGES.some((r) => n >= r.base && n < r.base + r.size);
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped, dotted IPv4 tail folded in). */
export function v6Groups(address: string): number[] {
	let a = address.replace(/%.*$/, '').toLowerCase();
	const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
	if (dotted) {
		const n = v4Number(dotted[1]);
		a = a.slice(0, dotted.index) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
	}
	const [head, tail] = a.includes('::') ? a.split('::') : [a, null];
	const part = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
	const left = part(head);
	if (tail === null) return left;
	const right = part(tail);
	return [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}

const v4Of = (hi: number, lo: number) => [hi >>> 8, hi & 0xff, lo >>> 8, lo & 0xff].join('.');

function publicV6(address: string): boolean {
	const g = v6Groups(address);
	const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
	// Addresses that carry an IPv4 address inside: judged by that address (::ffff:127.0.0.1 is loopback).
	if (zeros(5) && g[5] === 0xffff) return publicV4(v4Of(g[6], g[7])); // IPv4-mapped
	if (zeros(4) && g[4] === 0xffff && g[5] === 0) return publicV4(v4Of(g[6], g[7])); // IPv4-translated
	if (zeros(6)) return false; // ::, ::1 and the deprecated IPv4-compatible form
	if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return publicV4(v4Of(g[6], g[7])); // NAT64
	if (g[0] === 0x2002) return publicV4(v4Of(g[1], g[2])); // 6to4
	if ((g[0] & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
	if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0) return false; // link-local, old site-local
	if ((g[0] & 0xff00) === 0xff00) return false; // multicast
	if (g[0] === 0x2001 && g[1] === 0x0db8) return false; // documentation
	if (g[0] === 0x2001 && g[1] === 0) return false; // Teredo: the real peer is hidden inside
	if (g[0] === 0x0100 && g[1] === 0 && g[2] === 0 && g[3] === 0) return false; // discard-only
	return true;
}

/** True only for an IP address on the public internet; anything unparseable is refused too. */
export function isPublicAddress(address: string): boolean {
	if (isIPv4(address)) return publicV4(address);
	if (isIPv6(address)) return publicV6(address);
	return false;
}
