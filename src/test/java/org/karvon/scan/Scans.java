package org.karvon.scan;

import java.util.Map;

import org.karvon.support.Api;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Scanning through the API as the border-post app does it. */
final class Scans {

	private final Api api;

	Scans(Api api) {
		this.api = api;
	}

	WebTestClient.ResponseSpec qr(String token, String qr) {
		return api.post(token, "/api/scans", Map.of("qr", qr));
	}

	WebTestClient.ResponseSpec number(String token, String number) {
		return api.post(token, "/api/scans", Map.of("number", number));
	}

	WebTestClient.ResponseSpec photo(String token, byte[] image, MediaType type) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("image", new ByteArrayResource(image) {

			@Override
			public String getFilename() {
				return "photo.jpg";
			}

		}).contentType(type);
		return api.client()
			.post()
			.uri("/api/scans")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

	/** The verdict of scanning this text as an officer at the post. */
	String verdictOf(String token, String qr) {
		return (String) Api.asMap(qr(token, qr).expectStatus().isOk().expectBody(Map.class).returnResult()
			.getResponseBody()).get("verdict");
	}

}
