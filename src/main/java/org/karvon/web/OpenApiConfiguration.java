package org.karvon.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header: what Karvon is, how callers authenticate, and its features (the
 * tags the controllers name). The server is relative ({@code /}): the document is the same on every
 * host and port, so the committed snapshot clients are generated from is exactly what Karvon serves.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI karvonOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Karvon API")
				.version("1")
				.description("Electronic cargo accompaniment for Central Asia and Azerbaijan. Get a token from "
						+ "POST /api/auth/token and send it as 'Authorization: Bearer …'. Errors are RFC 9457 "
						+ "application/problem+json; business rule refusals carry a stable upper-case code."))
			.servers(List.of(new Server().url("/").description("This Karvon")))
			.tags(List.of(tag("Authentication", "Access tokens, and who the caller is"),
					tag("Administration", "Organizations, users and the security log (ADMIN; COUNTRY_ADMIN for its officers)"),
					tag("Registry", "Public: member states and customs posts"),
					tag("Consignments", "Register, amend, cancel, read and print consignments; declaration history"),
					tag("Journal", "Movement events: the tamper-evident journal of each consignment"),
					tag("Expected arrivals", "What a post should expect next, as a list and as a live stream"),
					tag("Scanning", "Officers scan codes, photos and numbers; anyone verifies a code"),
					tag("Trust", "Keys that verify QR codes offline; rotation and revocation (ADMIN)"),
					tag("Transparency log", "Public: the witnessed Merkle log of every chain entry"),
					tag("Webhooks", "Carriers' endpoints for consignment events, with signed deliveries")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

}
