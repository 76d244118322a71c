package org.karvon.transparency.witness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.karvon.transparency.witness.WitnessOutcome.Cosigned;
import org.karvon.transparency.witness.WitnessOutcome.Refused;
import org.karvon.transparency.witness.WitnessOutcome.SizeConflict;

/**
 * The witness's HTTP face: {@code POST /add-checkpoint} only. A 200 carries the cosignature line(s) as
 * {@code text/plain}, a 409 the witness's size as {@code text/x.tlog.size}; refusals carry a one-line reason.
 * Bodies over 64 KiB or not UTF-8 are malformed (400).
 */
public final class WitnessServer implements AutoCloseable {

	static final int MAX_BODY = 64 * 1024;

	private final HttpServer server;

	private WitnessServer(HttpServer server) {
		this.server = server;
	}

	public static WitnessServer start(Witness witness, int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
		server.createContext("/add-checkpoint", (exchange) -> {
			try (exchange) {
				handle(witness, exchange);
			}
		});
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
		return new WitnessServer(server);
	}

	public int port() {
		return server.getAddress().getPort();
	}

	private static void handle(Witness witness, HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod()) || !"/add-checkpoint".equals(exchange.getRequestURI().getPath())) {
			exchange.getResponseHeaders().set("Allow", "POST");
			send(exchange, 405, "text/plain; charset=utf-8", "POST /add-checkpoint only\n");
			return;
		}
		String body = read(exchange.getRequestBody());
		WitnessOutcome outcome = body == null ? new Refused(400, "the body is UTF-8 text of at most 64 KiB")
				: witness.add(body);
		if (outcome instanceof Cosigned cosigned) {
			send(exchange, 200, "text/plain; charset=utf-8", cosigned.lines());
		}
		else if (outcome instanceof SizeConflict conflict) {
			send(exchange, 409, "text/x.tlog.size", conflict.size() + "\n");
		}
		else if (outcome instanceof Refused refused) {
			send(exchange, refused.status(), "text/plain; charset=utf-8", refused.reason() + "\n");
		}
	}

	private static String read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BODY + 1);
		if (bytes.length > MAX_BODY) {
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
