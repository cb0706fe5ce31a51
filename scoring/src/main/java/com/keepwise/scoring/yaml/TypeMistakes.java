package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.keepwise.domain.Problem;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the mistakes Jackson meets while binding (unknown keys, text where a number goes, a list
 * where text goes) as located problems, instead of stopping at the first; the value is left out and
 * binding goes on. Jackson hands each mistake over with its parts (the key, the value, the type
 * wanted), so nothing is read from its messages.
 */
final class TypeMistakes extends DeserializationProblemHandler {

  private final String source;
  private final Locations locations;
  private final List<Problem> problems;
  private final Set<JsonPointer> reported = new HashSet<>();

  /** Adds to {@code problems} each mistake met, located by {@code locations}. */
  TypeMistakes(String source, Locations locations, List<Problem> problems) {
    this.source = source;
    this.locations = locations;
    this.problems = problems;
  }

  /** Where mistakes were reported: validation has nothing to add there. */
  Set<JsonPointer> reported() {
    return reported;
  }

  private void report(JsonPointer pointer, JsonLocation where, String message) {
    reported.add(pointer);
    if (where.getLineNr() < 1) { // binding a tree: no locations of its own
      where = locations.nearest(pointer);
    }
    problems.add(
        new Problem(
            source,
            Math.max(1, where.getLineNr()),
            Math.max(1, where.getColumnNr()),
            YamlPaths.at(pointer, message)));
  }

  private static JsonPointer here(JsonParser p) {
    return p.getParsingContext().pathAsPointer();
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    Collection<Object> known = deserializer.getKnownPropertyNames();
    List<String> names =
        known == null ? List.of() : known.stream().map(Object::toString).sorted().toList();
    // With a mapping as the value, the parser may be inside it (and a buffering parser may
    // repeat the key in its path): the key is the deepest one of that name the document has.
    JsonPointer pointer = here(p);
    for (JsonPointer up = pointer; up != null && !up.matches(); up = up.head()) {
      if (propertyName.equals(up.last().getMatchingProperty()) && locations.hasKey(up)) {
        pointer = up;
        break;
      }
    }
    JsonLocation where = locations.key(pointer);
    reported.add(pointer);
    problems.add(
        new Problem(
            source,
            Math.max(1, where.getLineNr()),
            Math.max(1, where.getColumnNr()),
            YamlPaths.at(
                pointer.head(),
                "unknown key '"
                    + propertyName
                    + "'"
                    + " (expected "
                    + (names.isEmpty() ? "no keys here" : "one of " + String.join(", ", names))
                    + Suggestions.didYouMean(propertyName, names)
                    + ")")));
    p.skipChildren();
    return true;
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
    JsonParser p = ctxt.getParser();
    String expected = Expectations.of(targetType);
    String hint =
        targetType.isEnum() ? Suggestions.didYouMean(value, Expectations.codes(targetType)) : "";
    report(
        here(p),
        p.currentTokenLocation(),
        "'" + value + "' is not allowed here (expected " + expected + hint + ")");
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
    JsonParser p = ctxt.getParser();
    report(
        here(p),
        p.currentTokenLocation(),
        value + " is not allowed here (expected " + Expectations.of(targetType) + ")");
    return null;
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext ctxt,
      JavaType targetType,
      JsonToken t,
      JsonParser p,
      String failureMsg)
      throws IOException {
    JsonLocation where = p.currentTokenLocation();
    JsonPointer pointer =
        t.isStructStart() ? p.getParsingContext().getParent().pathAsPointer() : here(p);
    String found =
        switch (t) {
          case START_OBJECT -> "a mapping";
          case START_ARRAY -> "a list";
          case VALUE_STRING -> "'" + p.getText() + "'";
          case VALUE_NULL -> "empty";
          default -> p.getText();
        };
    report(
        pointer,
        where,
        found
            + " is not allowed here (expected "
            + Expectations.of(targetType.getRawClass())
            + ")");
    p.skipChildren();
    return null;
  }
}
