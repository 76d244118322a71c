package org.karvon.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header: what Karvon is and how callers authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI karvonOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Karvon API")
				.version("1")
				.description("Electronic cargo accompaniment for Central Asia and Azerbaijan. Get a token from "
						+ "POST /api/auth/token and send it as 'Authorization: Bearer …'. Errors are RFC 9457 "
						+ "application/problem+json."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
