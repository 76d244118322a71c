package org.karvon.registry.web;

import java.util.List;

import org.karvon.registry.Country;
import org.karvon.registry.CustomsPost;
import org.karvon.registry.persistence.Registries;
import org.karvon.web.ApiException;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public registry: anyone may see which countries and posts exist. */
@Tag(name = "Registry")
@RestController
@RequestMapping("/api")
class RegistryController {

	private final Registries registries;

	RegistryController(Registries registries) {
		this.registries = registries;
	}

	@Operation(operationId = "listCountries",
			summary = "Every country; the member states have member: true",
			description = "Public.")
	@GetMapping("/countries")
	Mono<List<Country>> countries() {
		return registries.current().map((registry) -> registry.countries());
	}

	@Operation(operationId = "listPosts",
			summary = "Customs posts, of one country if given",
			description = "Public. kind is BORDER, INLAND, PORT or RAIL; counterpart is the post across the border, or "
					+ "null.")
	@GetMapping("/posts")
	Mono<List<PostView>> posts(@RequestParam(required = false) String country) {
		String wanted = country == null || country.isBlank() ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
		return registries.current().map((registry) -> {
			if (wanted != null && registry.country(wanted).isEmpty()) {
				throw ApiException.badRequest("Unknown country",
						"'" + country + "' is not a country Karvon knows; see GET /api/countries.");
			}
			return registry.postsIn(wanted).stream().map(PostView::of).toList();
		});
	}

	@Operation(operationId = "readPost",
			summary = "One customs post",
			description = "Public.")
	@GetMapping("/posts/{code}")
	Mono<PostView> post(@org.springframework.web.bind.annotation.PathVariable String code) {
		return registries.current()
			.map((registry) -> registry.post(code.toUpperCase(java.util.Locale.ROOT))
				.map(PostView::of)
				.orElseThrow(() -> ApiException.notFound("No customs post with code " + code + ".")));
	}

	record PostView(String code, String name, String country, String kind, String counterpart, double latitude,
			double longitude) {

		static PostView of(CustomsPost post) {
			return new PostView(post.code(), post.name(), post.country(), post.kind().name(), post.counterpart(),
					post.latitude(), post.longitude());
		}

	}

}
