package org.karvon.web;

import java.util.List;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/**
 * The one place that bounds what parsing a JSON body may cost. Jackson 3's defaults (nesting 500,
 * numbers of 1,000 digits, strings of 100 M characters) are far beyond any Karvon request; these
 * fit the largest real one (a registration of 999 goods) with room to spare, so a hostile body
 * fails fast with 400 instead of building deep stacks or parsing huge numbers. Boot's own
 * builder cannot change the stream factory, so this builder replaces it and applies every
 * {@link JsonMapperBuilderCustomizer} (spring.jackson.* properties, modules) just as Boot's would.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

	/** Request bodies are at most 256 KiB (spring.http.codecs.max-in-memory-size), so no string can be longer. */
	static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
		.maxNestingDepth(32)
		.maxNumberLength(64)
		.maxStringLength(256 * 1024)
		.maxNameLength(256)
		.maxTokenCount(200_000)
		.maxDocumentLength(1024 * 1024)
		.build();

	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
		JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build());
		List<JsonMapperBuilderCustomizer> ordered = new java.util.ArrayList<>(customizers);
		AnnotationAwareOrderComparator.sort(ordered);
		ordered.forEach((customizer) -> customizer.customize(builder));
		return builder.addModule(StorableText.module()).addHandler(StorableText.unknownPropertyNames());
	}

}
