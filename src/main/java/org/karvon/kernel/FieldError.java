package org.karvon.kernel;

/**
 * What is wrong with one field of a submitted draft; {@code field} is a JSON path such as
 * {@code goods[0].hsCode}.
 */
public record FieldError(String field, String message) {

}
