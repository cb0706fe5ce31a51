package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.keepwise.domain.Problem;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a YAML document into a typed record, strictly and safely, and reports every mistake at once
 * as {@code file:line:column: path: what is wrong (what was expected)}.
 *
 * <ul>
 *   <li>Safe: size, nesting and number-length limits; anchors and aliases are refused (Jackson
 *       would silently read an alias as a string); tags never construct objects.
 *   <li>Strict: unknown keys are errors with the nearest valid key suggested; duplicate keys are
 *       errors; scalars are not coerced ({@code "ten"} is not a number).
 *   <li>Complete: type mistakes are collected as binding goes on, then Bean Validation reports the
 *       rules of the model, each mapped back to the line and column of the value in the file.
 * </ul>
 *
 * <p>The parts: {@link YamlSettings} configures Jackson, SnakeYAML and the validator; {@link
 * DocumentScan} indexes where everything is ({@link Locations}) and refuses what is unsafe; {@link
 * TypeMistakes} and {@link BindingProblems} turn the libraries' errors into located problems;
 * {@link YamlTree} reads a document without binding it. This class runs them in order.
 */
public final class YamlBinder {

  /** Larger files are refused before parsing. */
  public static final int MAX_CHARS = YamlSettings.MAX_CHARS;

  /** How many refused values one document may have before binding gives up on it. */
  private static final int MAX_REFUSED = 100;

  private final ObjectMapper mapper;
  private final BackgroundValidator validator;
  private final YamlTree trees;

  /** One binder for the whole run: building the mapper and the validator takes half a second. */
  private static final class Shared {
    static final YamlBinder INSTANCE = new YamlBinder();
  }

  /** The binder every reader of YAML shares; it is thread-safe. */
  public static YamlBinder shared() {
    return Shared.INSTANCE;
  }

  public YamlBinder() {
    this.mapper = YamlSettings.mapper();
    this.validator = new BackgroundValidator(mapper);
    this.trees = new YamlTree(mapper.getFactory());
  }

  /** The mapper, configured as for binding, for callers that need the same naming (schemas). */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * The keys at the top of a document, read safely without binding it; empty when the document is
   * not a mapping or not valid YAML. Tells a policy from a site or test-case file.
   */
  public Set<String> topLevelKeys(String text) {
    return trees.topLevelKeys(text);
  }

  /**
   * The document as a tree, its scalars as YAML 1.2 and editors read them: {@code NO} (Norway),
   * {@code yes} and {@code off} are text, not booleans as YAML 1.1 has it. For comparing documents
   * and checking them against a schema; binding keeps a scalar's text where the model wants text.
   */
  public JsonNode tree(String text) throws IOException {
    return trees.tree(text);
  }

  /**
   * True when the document holds nothing: empty, only comments, or a lone {@code ---}. Files whose
   * keys are all optional read such a document as "all defaults".
   */
  public boolean isEmptyDocument(String text) {
    return trees.isEmpty(text);
  }

  /**
   * Binds {@code text} to {@code type}. See {@link Bound} for when the value is present.
   *
   * @param source the file name used in problems
   */
  public <T> Bound<T> bind(String source, String text, Class<T> type) {
    return bind(source, text, type, value -> {});
  }

  /**
   * Binds {@code text} to {@code type} as {@link #bind(String, String, Class)} does, handing the
   * bound value to {@code beforeValidation} before Bean Validation checks it, so that work needing
   * only the value can start beside validation. The value may hold nulls where a part did not bind.
   */
  public <T> Bound<T> bind(
      String source, String text, Class<T> type, Consumer<? super T> beforeValidation) {
    if (text.length() > MAX_CHARS) {
      return Bound.failed(
          new Problem(
              source,
              1,
              1,
              "the file has "
                  + text.length()
                  + " characters (expected at most "
                  + MAX_CHARS
                  + ")"));
    }
    Optional<Problem> unprintable = DocumentScan.unprintable(source, text);
    if (unprintable.isPresent()) {
      return Bound.failed(unprintable.get());
    }
    Locations locations = new Locations();
    List<Problem> problems = new ArrayList<>();
    if (!DocumentScan.scan(mapper.getFactory(), source, text, locations, problems)) {
      return Bound.failed(problems);
    }
    TypeMistakes mistakes = new TypeMistakes(source, locations, problems);
    T value;
    // A value Jackson refuses outright (text for a list, 'maybe' for a boolean) stops binding: it
    // is reported, left out of the document, and the rest bound again, so every problem shows in
    // one run.
    List<Refused> refused = new ArrayList<>();
    JsonNode remaining = null;
    while (true) {
      problems.clear();
      mistakes.reported().clear();
      refused.forEach(r -> mistakes.reported().add(r.pointer()));
      try {
        value =
            remaining == null
                ? mapper.readerFor(type).withHandler(mistakes).readValue(text)
                : mapper
                    .readerFor(type)
                    .withHandler(mistakes)
                    .readValue(mapper.treeAsTokens(remaining));
        break;
      } catch (MismatchedInputException | ValueInstantiationException e) {
        JsonPointer pointer = YamlPaths.of(e);
        Problem problem = BindingProblems.located(source, e, locations);
        try {
          remaining = remaining == null ? mapper.readTree(text) : remaining;
        } catch (IOException unreadable) {
          remaining = null;
        }
        if (remaining == null
            || pointer.matches()
            || refused.size() >= MAX_REFUSED
            || !remove(remaining, pointer)) {
          problems.add(problem);
          problems.addAll(refused.stream().map(Refused::problem).toList());
          problems.sort(Comparator.naturalOrder());
          return Bound.failed(problems);
        }
        refused.add(new Refused(pointer, problem));
      } catch (JsonProcessingException e) {
        problems.add(BindingProblems.located(source, e, locations));
        problems.addAll(refused.stream().map(Refused::problem).toList());
        return Bound.failed(problems);
      } catch (IOException e) {
        problems.add(new Problem(source, 1, 1, "cannot be read: " + e.getMessage()));
        return Bound.failed(problems);
      }
    }
    refused.forEach(r -> problems.add(r.problem()));
    if (value == null) {
      if (problems.isEmpty()) { // else a list or a scalar was found instead, and reported as such
        problems.add(
            new Problem(source, 1, 1, "the file is empty (expected a mapping of keys to values)"));
      }
      return Bound.failed(problems);
    }
    beforeValidation.accept(value);
    for (ConstraintViolation<T> violation : validator.get().validate(value)) {
      BindingProblems.violated(source, violation, locations, mistakes.reported())
          .ifPresent(problems::add);
    }
    problems.sort(Comparator.naturalOrder());
    return new Bound<>(Optional.of(value), problems, locations);
  }

  /** A value Jackson refused to bind, where it was, and its problem. */
  private record Refused(JsonPointer pointer, Problem problem) {}

  /** Removes the value at {@code pointer} from its mapping or list; false when there is none. */
  private static boolean remove(JsonNode root, JsonPointer pointer) {
    JsonNode parent = root.at(pointer.head());
    if (parent instanceof ObjectNode object
        && pointer.last().getMatchingProperty() != null
        && object.has(pointer.last().getMatchingProperty())) {
      object.remove(pointer.last().getMatchingProperty());
      return true;
    }
    if (parent instanceof ArrayNode array
        && pointer.last().getMatchingIndex() >= 0
        && pointer.last().getMatchingIndex() < array.size()) {
      array.remove(pointer.last().getMatchingIndex());
      return true;
    }
    return false;
  }
}
