package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.keepwise.domain.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.AssertTrue;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors of Jackson, SnakeYAML and Bean Validation as located problems in the user's terms:
 * {@code file:line:column: path: what is wrong (what was expected)}, never a Java type's name. The
 * place comes from the errors' own data (their paths and locations), not from their wording.
 */
final class BindingProblems {

  private BindingProblems() {}

  /** A parsing or binding error that stopped Jackson. */
  static Problem located(String source, JsonProcessingException e, Locations locations) {
    JsonLocation where = e.getLocation() != null ? e.getLocation() : JsonLocation.NA;
    if (where.getLineNr() < 1 && e instanceof MismatchedInputException mismatch) {
      where = locations.nearest(YamlPaths.of(mismatch));
    }
    long line = Math.max(1, where.getLineNr());
    int column = Math.max(1, where.getColumnNr());
    if (e instanceof ValueInstantiationException refused) {
      // A model's own check said no, in words meant for the user: those words, without Jackson's.
      JsonPointer pointer = YamlPaths.of(refused);
      if (where.getLineNr() < 1) {
        where = locations.nearest(pointer);
      }
      String reason =
          refused.getCause() != null && refused.getCause().getMessage() != null
              ? refused.getCause().getMessage()
              : "is not allowed here";
      return new Problem(
          source,
          Math.max(1, where.getLineNr()),
          Math.max(1, where.getColumnNr()),
          YamlPaths.at(pointer, reason));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String found =
          mismatch instanceof InvalidFormatException invalid
              ? "'" + invalid.getValue() + "'"
              : valueAt(mismatch);
      return new Problem(
          source,
          line,
          column,
          YamlPaths.at(
              YamlPaths.of(mismatch),
              found
                  + " is not allowed here (expected "
                  + Expectations.of(mismatch.getTargetType())
                  + ")"));
    }
    String message;
    if (e instanceof StreamConstraintsException) {
      message =
          "the document is too deeply nested or has too long a number (expected at most "
              + YamlSettings.MAX_DEPTH
              + " levels and "
              + YamlSettings.MAX_DIGITS
              + " digits)";
    } else if (e instanceof JsonParseException) {
      // SnakeYAML's own words for what is wrong: the first line, the rest is a picture of the line.
      message =
          "not valid YAML: "
              + firstLine(e.getOriginalMessage())
              + " (expected YAML: key: value lines, quotes closed)";
    } else {
      message = firstLine(e.getOriginalMessage());
    }
    return new Problem(source, line, column, message);
  }

  /**
   * The value Jackson names in its message ({@code String value ("heavy")}), else the scalar the
   * parser stopped at, or "the value". Jackson's mismatch errors carry the type wanted but not the
   * value found, and their parser is closed by then: the message is the only place that has it.
   * YamlBinderTest fails if Jackson words it otherwise.
   */
  private static String valueAt(MismatchedInputException e) {
    Matcher quoted = QUOTED_VALUE.matcher(String.valueOf(e.getOriginalMessage()));
    if (quoted.find()) {
      return "'" + quoted.group(1) + "'";
    }
    try {
      if (e.getProcessor() instanceof JsonParser p
          && p.currentToken() != null
          && p.currentToken().isScalarValue()) {
        return p.currentToken() == JsonToken.VALUE_STRING ? "'" + p.getText() + "'" : p.getText();
      }
    } catch (IOException unreadable) {
      // Fall back to the words below.
    }
    return "the value";
  }

  private static final Pattern QUOTED_VALUE = Pattern.compile("value \\([\"'](.*?)[\"']\\)");

  /**
   * A rule of the model the value breaks, at the value it is about, or empty when binding already
   * reported a mistake there.
   */
  static Optional<Problem> violated(
      String source,
      ConstraintViolation<?> violation,
      Locations locations,
      Set<JsonPointer> reported) {
    JsonPointer pointer = locations.asWritten(YamlPaths.of(violation.getPropertyPath()));
    if (violation.getConstraintDescriptor().getAnnotation() instanceof AssertTrue) {
      pointer = pointer.head(); // a rule about the whole mapping, named after its check method
    }
    if (reported.contains(pointer)) {
      return Optional.empty();
    }
    JsonLocation where = locations.nearest(pointer);
    return Optional.of(
        new Problem(
            source,
            where.getLineNr(),
            where.getColumnNr(),
            YamlPaths.at(pointer, wholeNumbers(violation.getMessage()))));
  }

  /**
   * {@code is 150.0 (…)} reads {@code is 150 (…)}: YAML numbers are bound as doubles, and the
   * messages show the validated value as Java writes a double.
   */
  static String wholeNumbers(String message) {
    return message.replaceAll("(?<![\\d.])(-?\\d+)\\.0(?![\\d])", "$1");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "not valid YAML";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
