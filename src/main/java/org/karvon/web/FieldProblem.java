package org.karvon.web;

/** One bad field in a request, named by its JSON path (for example {@code goods[0].hsCode}). */
public record FieldProblem(String field, String message) {
}
