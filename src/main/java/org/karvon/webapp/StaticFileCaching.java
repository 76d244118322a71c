package org.karvon.webapp;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Files whose name carries a hash of their content (the map outlines, {@code region-<hash>.json})
 * never change under that name, so a phone keeps them for a year without asking again. Everything
 * else of the web app (HTML, ES modules, CSS, bundles) is {@code no-cache}: always revalidated with
 * Last-Modified, a 304 of a few hundred bytes when unchanged (application.properties). ES modules
 * import each other by fixed relative names, so content-versioned URLs from Spring's resource chain
 * would not reach the modules an import pulls in; revalidation keeps every module consistent.
 */
@Configuration(proxyBeanMethods = false)
class StaticFileCaching implements WebFluxConfigurer {

	static final CacheControl FINGERPRINTED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/map/**").addResourceLocations("classpath:/static/map/")
			.setCacheControl(FINGERPRINTED);
	}

}
