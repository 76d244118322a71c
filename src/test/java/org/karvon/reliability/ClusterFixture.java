package org.karvon.reliability;

import java.io.IOException;
import java.time.Duration;

import org.karvon.support.Api;

import org.springframework.test.web.reactive.server.WebTestClient;

/** A throwaway cluster with Karvon running on it as a process: what the crash and outage tests share. */
final class ClusterFixture implements AutoCloseable {

	final ThrowawayCluster cluster;

	final KarvonProcess karvon;

	private ClusterFixture(ThrowawayCluster cluster, KarvonProcess karvon) {
		this.cluster = cluster;
		this.karvon = karvon;
	}

	static ClusterFixture start(String name) throws IOException {
		ThrowawayCluster cluster = ThrowawayCluster.create();
		try {
			return new ClusterFixture(cluster, KarvonProcess.start(name, cluster.url()));
		}
		catch (IOException | RuntimeException ex) {
			cluster.close();
			throw ex;
		}
	}

	Api api() {
		return new Api(WebTestClient.bindToServer()
			.baseUrl(karvon.baseUrl())
			.responseTimeout(Duration.ofSeconds(30))
			.build());
	}

	/** Stops Karvon, then stops PostgreSQL and deletes its files, whatever state a failed test left. */
	@Override
	public void close() throws InterruptedException {
		try {
			karvon.close();
		}
		finally {
			cluster.close();
		}
	}

}
