package org.karvon.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between the phone and the server, as a TCP relay on its own port that a test can cut
 * and restore. DevTools' offline emulation cuts the page but, in Chromium, not the service worker's
 * own fetches; cutting the relay takes the server away from every part of the browser at once.
 */
final class CuttableLink implements AutoCloseable {

	private final int target;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	CuttableLink(int target) {
		this.target = target;
		this.port = listen(0);
	}

	int port() {
		return this.port;
	}

	/** Refuses new connections and drops every open one, as a link gone dead does. */
	synchronized void cut() {
		closeQuietly(this.listener);
		this.listener = null;
		this.open.forEach(CuttableLink::closeQuietly);
		this.open.clear();
	}

	synchronized void restore() {
		if (this.listener == null) {
			listen(this.port);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private int listen(int wanted) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
			this.listener = socket;
			daemon("link-accept", () -> accept(socket));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket phone = socket.accept();
				this.open.add(phone);
				Socket server = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.open.add(server);
				if (socket.isClosed()) {
					// cut() ran while this connection was being made: it must not outlive the cut
					closeQuietly(phone);
					closeQuietly(server);
					return;
				}
				pump(phone, server);
				pump(server, phone);
			}
			catch (IOException ex) {
				// the listener was closed by cut(), or one connection failed: the phone sees a dead link
			}
		}
	}

	private void pump(Socket from, Socket to) {
		daemon("link-pump", () -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// a cut or a closed connection
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		});
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			if (closeable != null) {
				closeable.close();
			}
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
