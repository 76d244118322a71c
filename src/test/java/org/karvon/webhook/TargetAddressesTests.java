package org.karvon.webhook;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetAddressesTests {

	@ParameterizedTest(name = "{0} is refused as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0.0.0.0            | unspecified
			0.1.2.3            | unspecified
			127.0.0.1          | loopback
			127.255.255.254    | loopback
			10.0.0.1           | private
			172.16.0.1         | private
			172.31.255.255     | private
			192.168.1.1        | private
			100.64.0.1         | carrier-grade NAT
			100.127.255.255    | carrier-grade NAT
			169.254.169.254    | link-local
			192.0.0.8          | reserved
			192.0.2.1          | reserved
			198.18.0.1         | benchmarks
			198.19.255.255     | benchmarks
			198.51.100.7       | documentation
			203.0.113.9        | documentation
			224.0.0.1          | multicast
			239.255.255.250    | multicast
			240.0.0.1          | reserved
			255.255.255.255    | broadcast
			::                 | unspecified
			::1                | loopback
			fe80::1            | link-local
			febf::1            | link-local
			fec0::1            | site-local
			fc00::1            | unique local
			fd12:3456::1       | unique local
			ff02::1            | multicast
			::127.0.0.1        | IPv4-compatible
			64:ff9b::a00:1     | not global unicast
			100::1             | not global unicast
			2001:db8::1        | documentation
			2001::1            | Teredo
			2002:7f00:1::1     | 6to4
			""")
	void refusesAddressesThatAreNotPublic(String address, String reason) throws Exception {
		assertThat(TargetAddresses.refusal(InetAddress.getByName(address))).hasValueSatisfying(
				(refusal) -> assertThat(refusal).containsIgnoringCase(reason));
	}

	@ParameterizedTest(name = "{0} is public")
	@CsvSource({ "1.1.1.1", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1", "169.253.1.1",
			"192.0.1.1", "192.169.0.1", "198.17.255.255", "198.20.0.1", "223.255.255.255", "2a00:1450:4001:80b::200e",
			"2606:4700:4700::1111", "2001:4860:4860::8888", "3fff:ffff::1" })
	void admitsPublicAddresses(String address) throws Exception {
		assertThat(TargetAddresses.refusal(InetAddress.getByName(address))).isEmpty();
	}

	@ParameterizedTest(name = "{0} is refused however it is spelled")
	@CsvSource({ "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2130706433",
			"127.1", "0:0:0:0:0:ffff:a9fe:a9fe" })
	void refusesEverySpellingOfAnInternalAddress(String spelling) throws Exception {
		assertThat(TargetAddresses.refusal(InetAddress.getByName(spelling))).isPresent();
	}

	@ParameterizedTest(name = "IPv4-mapped bytes of {0} are refused")
	@CsvSource({ "8.8.8.8", "127.0.0.1" })
	void refusesIpv4MappedIpv6Bytes(String ipv4) throws Exception {
		byte[] mapped = new byte[16];
		mapped[10] = (byte) 0xff;
		mapped[11] = (byte) 0xff;
		System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
		InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, -1);
		assertThat(TargetAddresses.refusal(address)).isPresent();
	}

}
