package com.keepwise.scoring.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import com.keepwise.domain.ContractCode;
import com.keepwise.scoring.constraint.AtLeast;
import com.keepwise.scoring.constraint.Between;
import com.keepwise.scoring.constraint.Share;
import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Fact;
import com.keepwise.scoring.criteria.Side;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The policy file's JSON Schema, for editors: every key with its description, types and ranges from
 * the policy's records, and the catalog's criteria and facts as the only keys allowed where they
 * go, so an editor completes and checks them while typing.
 */
public final class PolicySchema {

  private PolicySchema() {}

  /**
   * The generator settings every Keepwise YAML schema shares: keys in snake_case, types and ranges
   * from Bean Validation, no keys beyond the model's, and the domain's enums by their codes.
   */
  public static SchemaGeneratorConfigBuilder config() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(
                new JacksonModule(
                    JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                    JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE));
    // Before the module's: the first resolver with an answer wins, and the module reads the bounds
    // written on a composed constraint's own annotations, not those its attributes override.
    config
        .forFields()
        .withNumberInclusiveMinimumResolver(PolicySchema::minimum)
        .withNumberInclusiveMaximumResolver(PolicySchema::maximum);
    config
        .with(
            new JakartaValidationModule(
                JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
        .with(
            Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.FLATTENED_OPTIONALS,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
            Option.INLINE_ALL_SCHEMAS);
    config
        .forFields()
        .withPropertyNameOverrideResolver(
            field ->
                PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(field.getName()));
    config
        .forTypesInGeneral()
        .withCustomDefinitionProvider(
            (type, context) -> {
              Class<?> raw = type.getErasedType();
              if (raw == LocalTime.class) {
                return new com.github.victools.jsonschema.generator.CustomDefinition(
                    context
                        .getGeneratorConfig()
                        .createObjectNode()
                        .put("type", "string")
                        .put("pattern", "^[0-2][0-9]:[0-5][0-9]$"));
              }
              if (raw == ZoneId.class) {
                return new com.github.victools.jsonschema.generator.CustomDefinition(
                    context
                        .getGeneratorConfig()
                        .createObjectNode()
                        .put("type", "string")
                        .put("description", "an IANA time zone, like Europe/Stockholm"));
              }
              if (raw.isEnum() && ContractCode.class.isAssignableFrom(raw)) {
                ObjectNode codes =
                    context.getGeneratorConfig().createObjectNode().put("type", "string");
                var values = codes.putArray("enum");
                for (Object constant : raw.getEnumConstants()) {
                  values.add(((ContractCode) constant).code());
                }
                return new com.github.victools.jsonschema.generator.CustomDefinition(codes);
              }
              return null;
            });
    return config;
  }

  /**
   * The lower bound a constraint with a bound of its own ({@link AtLeast}, {@link Between}, {@link
   * Share}) sets.
   */
  private static BigDecimal minimum(FieldScope field) {
    AtLeast atLeast = annotation(field, AtLeast.class);
    Between between = annotation(field, Between.class);
    Share share = annotation(field, Share.class);
    return atLeast != null
        ? BigDecimal.valueOf(atLeast.value())
        : between != null
            ? BigDecimal.valueOf(between.min())
            : share != null ? new BigDecimal(share.min()) : null;
  }

  private static BigDecimal maximum(FieldScope field) {
    Between between = annotation(field, Between.class);
    return between == null ? null : BigDecimal.valueOf(between.max());
  }

  /** The annotation on the field, or on the element of an optional or list it holds. */
  private static <A extends Annotation> A annotation(FieldScope field, Class<A> type) {
    A onElement = field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(type);
    return onElement != null
        ? onElement
        : field.getAnnotationConsideringFieldAndGetterIfSupported(type);
  }

  /** The schema as pretty-printed JSON. */
  public static String json() {
    SchemaGenerator generator = new SchemaGenerator(config().build());
    ObjectNode schema = generator.generateSchema(Policy.class);
    schema.put("$id", "https://keepwise.dev/schemas/policy-1.json");
    schema.put("title", "Keepwise policy");
    schema.put(
        "description",
        "Which customers to keep, on what terms, and which to let go. See the default policy for a commented example.");
    ObjectNode threshold = generator.generateSchema(Threshold.class);
    threshold.remove("$schema");
    ObjectNode properties = (ObjectNode) schema.get("properties");
    properties.set(
        "criteria", catalog(Side.RISK, "Risk criteria, by id: weight and thresholds.", threshold));
    properties.set(
        "value", catalog(Side.VALUE, "Value factors, by id: weight and thresholds.", threshold));
    ((ObjectNode) properties.path("business_hours").path("properties").path("days"))
        .set("items", enumOf(DayOfWeek.values()));
    return pretty(schema);
  }

  /** A schema as pretty-printed JSON, ending with a line break. */
  public static String pretty(ObjectNode schema) {
    mergeAllOf(schema);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      return mapper.writeValueAsString(schema) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Folds the generator's {@code allOf: [{…type…}, {description: …}]} into one schema, so that
   * every key's description sits beside its type, where editors look for it. Parts that disagree
   * stay as they are.
   */
  private static void mergeAllOf(com.fasterxml.jackson.databind.JsonNode node) {
    if (node instanceof ObjectNode object
        && object.get("allOf") instanceof com.fasterxml.jackson.databind.node.ArrayNode parts) {
      ObjectNode merged = object.objectNode();
      boolean clash = false;
      for (com.fasterxml.jackson.databind.JsonNode part : parts) {
        if (!part.isObject()) {
          clash = true;
          break;
        }
        for (var field : part.properties()) {
          if (merged.has(field.getKey())
              && !field.getKey().equals("description")
              && !merged.get(field.getKey()).equals(field.getValue())) {
            clash = true;
          }
          merged.set(field.getKey(), field.getValue());
        }
      }
      if (!clash) {
        object.remove("allOf");
        merged
            .properties()
            .forEach(
                f -> {
                  if (!object.has(f.getKey()) || f.getKey().equals("description")) {
                    object.set(f.getKey(), f.getValue());
                  }
                });
      }
    }
    node.forEach(PolicySchema::mergeAllOf);
  }

  /**
   * The criteria of a side as the only keys of their section, each with its facts as the only
   * thresholds.
   */
  private static ObjectNode catalog(Side side, String description, ObjectNode threshold) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode section =
        json.createObjectNode().put("type", "object").put("description", description);
    ObjectNode properties = section.putObject("properties");
    for (Criterion criterion : Catalog.of(side)) {
      ObjectNode entry =
          properties
              .putObject(criterion.id())
              .put("type", "object")
              .put(
                  "description",
                  criterion.description()
                      + " ("
                      + criterion.sources()
                      + ") "
                      + (criterion.citeable()
                          ? "Its facts are behaviour the customer will recognise: a letter may cite them."
                          : "Its facts are our internal assessment: never said to the customer."));
      ObjectNode fields = entry.putObject("properties");
      fields
          .putObject("weight")
          .put("type", "number")
          .put("minimum", 0)
          .put("maximum", 100)
          .put(
              "description",
              "How much the criterion weighs against the others (0 to 100; 0 leaves it out).");
      ObjectNode thresholds =
          fields
              .putObject("thresholds")
              .put("type", "object")
              .put(
                  "description",
                  "Per fact, how its value becomes a severity; the criterion's severity is the highest.");
      ObjectNode facts = thresholds.putObject("properties");
      for (Fact fact : criterion.facts()) {
        facts.set(fact.name(), threshold.deepCopy().put("description", fact.description()));
      }
      thresholds.put("additionalProperties", false);
      entry.putArray("required").add("weight").add("thresholds");
      entry.put("additionalProperties", false);
    }
    section.put("additionalProperties", false);
    return section;
  }

  private static ObjectNode enumOf(Enum<?>[] values) {
    ObjectNode node = new ObjectMapper().createObjectNode().put("type", "string");
    var array = node.putArray("enum");
    for (Enum<?> value : values) {
      array.add(value.name());
    }
    return node;
  }
}
