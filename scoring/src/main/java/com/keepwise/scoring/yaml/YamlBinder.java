package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.keepwise.domain.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

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
 */
public final class YamlBinder {

  /** Larger files are refused before parsing. */
  public static final int MAX_CHARS = 1_000_000;

  private static final int MAX_DEPTH = 40;

  private final ObjectMapper mapper;
  private final Validator validator;

  /** One binder for the whole run: building the mapper and the validator takes half a second. */
  private static final class Shared {
    static final YamlBinder INSTANCE = new YamlBinder();
  }

  /** The binder every reader of YAML shares; it is thread-safe. */
  public static YamlBinder shared() {
    return Shared.INSTANCE;
  }

  public YamlBinder() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_CHARS);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(50)
                    .maxDocumentLength(MAX_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper =
        YAMLMapper.builder(factory)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(ContractCodes.module())
            .build();
    this.validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .propertyNodeNameProvider(
                property ->
                    property instanceof JavaBeanProperty bean ? jsonName(bean) : property.getName())
            .buildValidatorFactory()
            .getValidator();
  }

  /** The mapper, configured as for binding, for callers that need the same naming (schemas). */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * The keys at the top of a document, read safely without binding it; empty when the document is
   * not a mapping or not valid YAML. Tells a policy from a site or test-case file.
   */
  public java.util.Set<String> topLevelKeys(String text) {
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    if (text.length() > MAX_CHARS) {
      return keys;
    }
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return keys;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        keys.add(p.currentName());
        p.nextToken();
        p.skipChildren();
      }
    } catch (IOException e) {
      // Not YAML, or not safe: the caller reports the file by binding it.
    }
    return keys;
  }

  /**
   * The document as a tree, its scalars as YAML 1.2 and editors read them: {@code NO} (Norway),
   * {@code yes} and {@code off} are text, not booleans as YAML 1.1 has it. For comparing documents
   * and checking them against a schema; binding keeps a scalar's text where the model wants text.
   */
  public JsonNode tree(String text) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      return p.nextToken() == null ? JsonNodeFactory.instance.missingNode() : node(p);
    }
  }

  private static JsonNode node(JsonParser p) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.set(name, node(p));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(node(p));
        }
        return array;
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        String text = p.getText();
        boolean yaml12 =
            text.equals("true")
                || text.equals("True")
                || text.equals("TRUE")
                || text.equals("false")
                || text.equals("False")
                || text.equals("FALSE");
        return yaml12
            ? nodes.booleanNode(p.currentToken() == JsonToken.VALUE_TRUE)
            : nodes.textNode(text);
      }
      case VALUE_NUMBER_INT -> {
        return nodes.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(p.getDecimalValue());
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> {
        return nodes.textNode(p.getText());
      }
    }
  }

  /**
   * Binds {@code text} to {@code type}. See {@link Bound} for when the value is present.
   *
   * @param source the file name used in problems
   */
  public <T> Bound<T> bind(String source, String text, Class<T> type) {
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
    Optional<Problem> unprintable = unprintable(source, text);
    if (unprintable.isPresent()) {
      return Bound.failed(unprintable.get());
    }
    Locations locations = new Locations();
    List<Problem> problems = new ArrayList<>();
    if (!scan(source, text, locations, problems)) {
      return Bound.failed(problems);
    }
    Collector collector = new Collector(source, locations, problems);
    T value;
    // A value Jackson refuses outright (text for a list, 'maybe' for a boolean) stops binding: it
    // is
    // reported, left out of the document, and the rest bound again, so every problem shows in one
    // run.
    List<Refused> refused = new ArrayList<>();
    JsonNode remaining = null;
    while (true) {
      problems.clear();
      collector.reported.clear();
      refused.forEach(r -> collector.reported.add(r.pointer()));
      try {
        value =
            remaining == null
                ? mapper.readerFor(type).withHandler(collector).readValue(text)
                : mapper
                    .readerFor(type)
                    .withHandler(collector)
                    .readValue(mapper.treeAsTokens(remaining));
        break;
      } catch (MismatchedInputException | ValueInstantiationException e) {
        JsonPointer pointer = pointerOf(e);
        Problem problem = located(source, e, locations);
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
        problems.add(located(source, e, locations));
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
    for (ConstraintViolation<T> violation : validator.validate(value)) {
      JsonPointer pointer = locations.asWritten(pointer(violation.getPropertyPath()));
      if (violation.getConstraintDescriptor().getAnnotation() instanceof AssertTrue) {
        pointer = pointer.head(); // a rule about the whole mapping, named after its check method
      }
      if (!collector.reported.contains(pointer)) {
        JsonLocation where = locations.nearest(pointer);
        String path = describe(pointer);
        problems.add(
            new Problem(
                source,
                where.getLineNr(),
                where.getColumnNr(),
                (path.isEmpty() ? "" : path + ": ") + wholeNumbers(violation.getMessage())));
      }
    }
    problems.sort(Comparator.naturalOrder());
    return new Bound<>(Optional.of(value), problems, locations);
  }

  /** How many refused values one document may have before binding gives up on it. */
  private static final int MAX_REFUSED = 100;

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

  /** {@code is 150.0 (…)} reads {@code is 150 (…)}: YAML numbers are bound as doubles. */
  private static String wholeNumbers(String message) {
    return message.replaceAll("(?<![\\d.])(-?\\d+)\\.0(?![\\d])", "$1");
  }

  /**
   * Streams through the document once: refuses anchors and aliases, and records where each key and
   * value is, for locating problems found later. False when the document cannot be bound at all.
   */
  private boolean scan(String source, String text, Locations locations, List<Problem> problems) {
    Set<String> anchoredScalars = anchoredScalars(text);
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          problems.add(
              at(
                  source,
                  p.currentTokenLocation(),
                  pathOf(p.getParsingContext()),
                  "aliases (*name) are not allowed (expected the value written out)"));
        } else if (t.isScalarValue()
            && !anchoredScalars.isEmpty()
            && anchoredScalars.contains(
                p.currentTokenLocation().getLineNr()
                    + ":"
                    + p.currentTokenLocation().getColumnNr())) {
          problems.add(
              at(
                  source,
                  p.currentTokenLocation(),
                  pathOf(p.getParsingContext()),
                  "anchors (&name) are not allowed (expected the value written out)"));
        } else if (t != JsonToken.FIELD_NAME && !t.isStructEnd() && p.getObjectId() != null) {
          problems.add(
              at(
                  source,
                  p.currentTokenLocation(),
                  pathOf(p.getParsingContext()),
                  "anchors (&name) are not allowed (expected the value written out)"));
        }
        if (t == JsonToken.FIELD_NAME) {
          locations.keys.put(p.getParsingContext().pathAsPointer(), p.currentTokenLocation());
        } else if (!t.isStructEnd()) {
          JsonStreamContext context =
              t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
          locations.values.put(context.pathAsPointer(), p.currentTokenLocation());
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(located(source, e, locations));
    } catch (IOException e) {
      problems.add(new Problem(source, 1, 1, "cannot be read: " + e.getMessage()));
    }
    return problems.isEmpty();
  }

  /**
   * Where the scalars with an anchor are ({@code line:column}, as Jackson locates the same events):
   * Jackson reports anchors of mappings and lists but drops those of scalars ({@code name: &n
   * Acme}).
   */
  private static Set<String> anchoredScalars(String text) {
    Set<String> where = new HashSet<>();
    if (text.indexOf('&') < 0) {
      return where;
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    try {
      for (Event event : new Yaml(options).parse(new StringReader(text))) {
        if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
          where.add(
              (scalar.getStartMark().getLine() + 1)
                  + ":"
                  + (scalar.getStartMark().getColumn() + 1));
        }
      }
    } catch (RuntimeException e) {
      // Not valid YAML: the streaming pass reports it, located.
    }
    return where;
  }

  /**
   * True when the document holds nothing: empty, only comments, or a lone {@code ---}. Files whose
   * keys are all optional read such a document as "all defaults".
   */
  public boolean isEmptyDocument(String text) {
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return true;
      }
      boolean blank =
          first == JsonToken.VALUE_NULL
              || (first == JsonToken.VALUE_STRING && p.getText().isEmpty());
      return blank && p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  private static String pathOf(JsonStreamContext context) {
    return describe(context.pathAsPointer());
  }

  /**
   * The first character YAML does not allow (NUL, other control characters, U+FFFE), at its own
   * line and column: SnakeYAML rejects them before parsing and says only "special characters are
   * not allowed", at the start of the stream.
   */
  static Optional<Problem> unprintable(String source, String text) {
    long line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean printable =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0x7E)
              || c == 0x85
              || (c >= 0xA0 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
              || (c >= 0x10000 && c <= 0x10FFFF)
              || (c == 0xFEFF && i == 0);
      if (!printable) {
        return Optional.of(
            new Problem(
                source,
                line,
                column,
                String.format(
                    java.util.Locale.ROOT,
                    "the character U+%04X is not allowed in YAML (expected printable text; inside double quotes write it as \\u%04X)",
                    c,
                    c)));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  private static Problem at(String source, JsonLocation where, String path, String message) {
    return new Problem(
        source,
        where.getLineNr(),
        where.getColumnNr(),
        path.isEmpty() ? message : path + ": " + message);
  }

  private static Problem located(String source, JsonProcessingException e, Locations locations) {
    JsonLocation where = e.getLocation() != null ? e.getLocation() : JsonLocation.NA;
    if (where.getLineNr() < 1 && e instanceof MismatchedInputException mismatch) {
      where = locations.nearest(pointerOf(mismatch));
    }
    long line = Math.max(1, where.getLineNr());
    int column = Math.max(1, where.getColumnNr());
    String message = e.getOriginalMessage();
    if (e instanceof ValueInstantiationException refused) {
      // A model's own check said no, in words meant for the user: those words, without Jackson's.
      if (where.getLineNr() < 1) {
        where = locations.nearest(pointerOf(refused));
      }
      String path = describe(pointerOf(refused));
      String reason =
          refused.getCause() != null && refused.getCause().getMessage() != null
              ? refused.getCause().getMessage()
              : "is not allowed here";
      return new Problem(
          source,
          Math.max(1, where.getLineNr()),
          Math.max(1, where.getColumnNr()),
          (path.isEmpty() ? "" : path + ": ") + reason);
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      JsonPointer pointer = pointerOf(mismatch);
      String path = describe(pointer);
      String found =
          mismatch instanceof InvalidFormatException invalid
              ? "'" + invalid.getValue() + "'"
              : quotedValue(message, mismatch);
      return new Problem(
          source,
          line,
          column,
          (path.isEmpty() ? "" : path + ": ")
              + found
              + " is not allowed here (expected "
              + Expectations.of(mismatch.getTargetType())
              + ")");
    }
    if (e instanceof StreamConstraintsException) {
      message =
          "the document is too deeply nested or has too long a number (expected at most "
              + MAX_DEPTH
              + " levels and 50 digits)";
    } else if (message != null && message.startsWith("Duplicate field")) {
      message =
          "the key "
              + message.substring(message.indexOf('\'')).replaceAll("'$", "'")
              + " appears twice (expected each key once)";
    } else if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
      message =
          "not valid YAML: "
              + firstLine(message)
              + " (expected YAML: key: value lines, quotes closed)";
    } else {
      message = firstLine(message);
    }
    return new Problem(source, line, column, message);
  }

  private static JsonPointer pointerOf(JsonMappingException e) {
    JsonPointer pointer = JsonPointer.empty();
    for (JsonMappingException.Reference ref : e.getPath()) {
      pointer =
          ref.getFieldName() != null
              ? pointer.appendProperty(ref.getFieldName())
              : pointer.appendIndex(ref.getIndex());
    }
    return pointer;
  }

  /**
   * The value Jackson quotes in its message ({@code String value ("heavy")}), else the scalar the
   * parser stopped at ({@code segments: smb} where a list goes), or "the value".
   */
  private static String quotedValue(String message, MismatchedInputException e) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("value \\([\"'](.*?)[\"']\\)")
            .matcher(String.valueOf(message));
    if (m.find()) {
      return "'" + m.group(1) + "'";
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

  private static String firstLine(String message) {
    if (message == null) {
      return "not valid YAML";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /**
   * A JSON pointer as a dotted path for people: {@code criteria.pays_late.weight}, {@code
   * rules[2].when}.
   */
  public static String describe(JsonPointer pointer) {
    StringBuilder out = new StringBuilder();
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.mayMatchElement()) {
        out.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(p.getMatchingProperty());
      }
    }
    return out.toString();
  }

  /** A Bean Validation path as a JSON pointer into the document. */
  private static JsonPointer pointer(Path path) {
    JsonPointer pointer = JsonPointer.empty();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer = pointer.appendIndex(node.getIndex());
      } else if (node.getKey() != null) {
        pointer = pointer.appendProperty(node.getKey().toString());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        pointer = pointer.appendProperty(node.getName());
      }
    }
    return pointer;
  }

  private String jsonName(JavaBeanProperty property) {
    BeanDescription description =
        mapper
            .getDeserializationConfig()
            .introspect(mapper.constructType(property.getDeclaringClass()));
    return description.findProperties().stream()
        .filter(p -> p.getInternalName().equals(property.getName()))
        .map(BeanPropertyDefinition::getName)
        .findFirst()
        .orElse(property.getName());
  }

  /** Where each key and value of a document is. */
  public static final class Locations {
    private final Map<JsonPointer, JsonLocation> keys = new HashMap<>();
    private final Map<JsonPointer, JsonLocation> values = new HashMap<>();

    /**
     * The pointer as the document writes it: a list written as its single element (accepted where
     * the model says so) has no index 0 in the document, so the index is left out.
     */
    JsonPointer asWritten(JsonPointer pointer) {
      JsonPointer written = JsonPointer.empty();
      for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
        if (p.mayMatchElement()
            && p.getMatchingIndex() == 0
            && values.containsKey(written)
            && !values.containsKey(written.appendIndex(0))) {
          continue;
        }
        written =
            p.mayMatchElement()
                ? written.appendIndex(p.getMatchingIndex())
                : written.appendProperty(p.getMatchingProperty());
      }
      return written;
    }

    /** The location of the key at {@code pointer}, or of the nearest thing above it. */
    public JsonLocation key(JsonPointer pointer) {
      JsonLocation key = keys.get(pointer);
      return key != null ? key : nearest(pointer);
    }

    /** The location of the value at {@code pointer}, or of the nearest thing above it. */
    public JsonLocation nearest(JsonPointer pointer) {
      for (JsonPointer p = pointer; p != null; p = p.head()) {
        JsonLocation value = values.get(p);
        if (value != null) {
          return value;
        }
        if (p.matches()) {
          break;
        }
      }
      return new JsonLocation(null, 0, 1, 1);
    }
  }

  /** Collects type mistakes during binding instead of stopping at the first. */
  private static final class Collector extends DeserializationProblemHandler {
    private final String source;
    private final Locations locations;
    private final List<Problem> problems;
    private final Set<JsonPointer> reported = new HashSet<>();

    Collector(String source, Locations locations, List<Problem> problems) {
      this.source = source;
      this.locations = locations;
      this.problems = problems;
    }

    private void report(JsonParser p, JsonPointer pointer, JsonLocation where, String message) {
      reported.add(pointer);
      if (where.getLineNr() < 1) { // binding a tree: no locations of its own
        where = locations.nearest(pointer);
      }
      String path = describe(pointer);
      problems.add(
          new Problem(
              source,
              Math.max(1, where.getLineNr()),
              Math.max(1, where.getColumnNr()),
              path.isEmpty() ? message : path + ": " + message));
    }

    private static JsonPointer here(JsonParser p) {
      JsonStreamContext context = p.getParsingContext();
      return context.pathAsPointer();
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
        if (propertyName.equals(up.last().getMatchingProperty())
            && locations.keys.containsKey(up)) {
          pointer = up;
          break;
        }
      }
      JsonLocation where = locations.key(pointer);
      reported.add(pointer);
      String parent = describe(pointer.head());
      problems.add(
          new Problem(
              source,
              Math.max(1, where.getLineNr()),
              Math.max(1, where.getColumnNr()),
              (parent.isEmpty() ? "" : parent + ": ")
                  + "unknown key '"
                  + propertyName
                  + "'"
                  + " (expected "
                  + (names.isEmpty() ? "no keys here" : "one of " + String.join(", ", names))
                  + Suggestions.didYouMean(propertyName, names)
                  + ")"));
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
          p,
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
          p,
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
          p,
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
}
