package org.karvon.web;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

/**
 * Reads a keep-alive connection on after every answer. Reactor Netty 1.3 (reactor-netty#4361, fixed
 * only in versions after those served to this build) stops reading a connection for good when a
 * request arrived before the previous one had finished, was held back, and was then answered at once:
 * the next request on that connection is never read and nothing closes the connection, so a client
 * that sends on the moment an answer arrives (a phone app, a carrier's system, a proxy's pool) now and
 * then waits until its own timeout. Asking the connection for one more read once an answer's last part
 * is written is what the server should have done itself; when it did, the extra request changes nothing
 * (reading is on demand, and a second request before data arrives is the same request).
 * {@code web.KeepAliveIntegrationTests} provokes the race every time; drop this once Reactor Netty
 * carries the fix.
 */
@Component
class KeepAliveReads implements NettyServerCustomizer {

	static final String HANDLER = "karvon.readAfterEachAnswer";

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, address) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(HANDLER) == null) {
				channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, new ReadAfterEachAnswer());
			}
		});
	}

	/** Between the HTTP codec and Reactor Netty's traffic handler: sees each answer's last part go out. */
	static final class ReadAfterEachAnswer extends ChannelDuplexHandler {

		@Override
		public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
			if (!(message instanceof LastHttpContent)) {
				ctx.write(message, promise);
				return;
			}
			ChannelPromise written = promise.unvoid();
			// after the task under way: the answer may be written while the held-back queue is drained
			written.addListener((future) -> {
				if (future.isSuccess() && ctx.channel().isActive()) {
					ctx.channel().eventLoop().execute(ctx::read);
				}
			});
			ctx.write(message, written);
		}

	}

}
