import { describe, expect, it } from 'vitest';
import { isPublicAddress, v6Groups } from './address-rules';

describe('isPublicAddress', () => {
	it('accepts public IPv4 and IPv6 addresses', () => {
		for (const a of [
			'8.8.8.8',
			'1.1.1.1',
			'212.77.98.9',
			'100.63.255.255',
			'100.128.0.0',
			'172.15.255.255',
			'172.32.0.0',
			'192.167.1.1',
			'169.253.1.1',
			'223.255.255.255',
			'2a00:1450:401b:80e::200e',
			'2606:4700::6810:84e5',
			'::ffff:8.8.8.8',
			'2002:808:808::1'
		])
			expect(isPublicAddress(a), a).toBe(true);
	});

	it('refuses every private and special IPv4 range, at both ends', () => {
		const refused = {
			unspecified: ['0.0.0.0', '0.255.255.255'],
			loopback: ['127.0.0.1', '127.255.255.254'],
			'10/8': ['10.0.0.0', '10.255.255.255'],
			'172.16/12': ['172.16.0.1', '172.31.255.255'],
			'192.168/16': ['192.168.0.1', '192.168.255.255'],
			'100.64/10': ['100.64.0.1', '100.127.255.255'],
			'link-local and metadata': ['169.254.0.1', '169.254.169.254'],
			multicast: ['224.0.0.1', '239.255.255.255'],
			'reserved and broadcast': ['240.0.0.1', '255.255.255.255'],
			documentation: ['192.0.2.1', '198.51.100.7', '203.0.113.9']
		};
		for (const [range, addresses] of Object.entries(refused))
			for (const a of addresses) expect(isPublicAddress(a), `${range}: ${a}`).toBe(false);
	});

	it('refuses IPv6 loopback, unspecified, unique-local, link-local and multicast', () => {
		for (const a of [
			'::1',
			'::',
			'0:0:0:0:0:0:0:1',
			'fc00::1',
			'fd12:3456:789a::1',
			'fe80::1',
			'fe80::1%eth0',
			'febf::1',
			'ff02::1',
			'fec0::1',
			'2001:db8::1'
		])
			expect(isPublicAddress(a), a).toBe(false);
	});

	it('judges addresses with an IPv4 address inside by that address', () => {
		for (const a of [
			'::ffff:127.0.0.1',
			'::ffff:7f00:1',
			'::FFFF:10.0.0.1',
			'::ffff:169.254.169.254',
			'::ffff:192.168.1.1',
			'::127.0.0.1',
			'64:ff9b::a00:1',
			'64:ff9b::127.0.0.1',
			'2002:7f00:1::',
			'2002:a9fe:a9fe::1'
		])
			expect(isPublicAddress(a), a).toBe(false);
		expect(isPublicAddress('64:ff9b::8.8.8.8')).toBe(true);
	});

	it('refuses anything that is not an IP address', () => {
		for (const a of ['localhost', 'example.pl', '', '127.1', '0x7f000001', '2130706433', '1.2.3.4.5'])
			expect(isPublicAddress(a), a).toBe(false);
	});
});

describe('v6Groups', () => {
	it('expands :: and folds a dotted IPv4 tail into two groups', () => {
		expect(v6Groups('fe80::1')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
		expect(v6Groups('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
		expect(v6Groups('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
	});
});
