package org.karvon.webapp;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The names bundles i18n/names/<language>.json: {"countries": {code: name}, "posts": {code: name}}. */
record NameBundles(Map<String, String> countries, Map<String, String> posts) {

	static NameBundles of(String language) {
		JsonNode bundle = JsonMapper.shared().readTree(StaticAssets.read("i18n/names/" + language + ".json"));
		return new NameBundles(section(bundle, "countries"), section(bundle, "posts"));
	}

	private static Map<String, String> section(JsonNode bundle, String name) {
		Map<String, String> names = new LinkedHashMap<>();
		bundle.path(name).properties().forEach((entry) -> names.put(entry.getKey(), entry.getValue().asString()));
		return names;
	}

}
