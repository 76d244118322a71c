package org.karvon.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while a request body is parsed, text PostgreSQL cannot store: U+0000 (text and jsonb refuse
 * it, {@code 22P05}) and unpaired UTF-16 surrogates (JSON escapes like {@code "\ud800"} decode to them;
 * they have no UTF-8 form, so the driver would silently store {@code ?}). Raw invalid UTF-8 and raw
 * control characters never get here: the JSON parser refuses them. One check for every string value,
 * map key and property name of every body, instead of one per field.
 */
final class StorableText {

	static final String REASON = "must not contain U+0000 or unpaired surrogate characters";

	private StorableText() {
	}

	/** Whether PostgreSQL can store the text as it is; linear in its length. */
	static boolean isStorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0 || Character.isLowSurrogate(c)) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
		}
		return true;
	}

	static SimpleModule module() {
		SimpleModule module = new SimpleModule("karvon-storable-text");
		module.addDeserializer(String.class, new Strings());
		module.addKeyDeserializer(String.class, new Keys());
		return module;
	}

	static DeserializationProblemHandler unknownPropertyNames() {
		return new DeserializationProblemHandler() {
			@Override
			public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
					Object beanOrClass, String propertyName) {
				require(p, propertyName);
				return false; // not handled: Jackson goes on as configured (unknown properties are ignored)
			}
		};
	}

	private static String require(JsonParser parser, String text) {
		if (text != null && !isStorable(text)) {
			throw new Unstorable(parser);
		}
		return text;
	}

	/** Jackson adds the JSON path as the exception travels out, so the answer can name the field. */
	static final class Unstorable extends MismatchedInputException {

		Unstorable(JsonParser parser) {
			super(parser, "text " + REASON, String.class);
		}

	}

	private static final class Strings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			return require(p, super.deserialize(p, ctxt));
		}

	}

	private static final class Keys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext ctxt) {
			return require(ctxt.getParser(), key);
		}

	}

}
