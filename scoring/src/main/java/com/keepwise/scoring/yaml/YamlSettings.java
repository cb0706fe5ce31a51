package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How Keepwise reads YAML, configured in one place: the limits, SnakeYAML's and Jackson's settings
 * for safe and strict reading, and the validator that names properties as the document writes them.
 */
final class YamlSettings {

  private YamlSettings() {}

  /** Larger files are refused before parsing. */
  static final int MAX_CHARS = 1_000_000;

  /** Mappings and lists nested deeper are refused. */
  static final int MAX_DEPTH = 40;

  /** Longer numbers are refused. */
  static final int MAX_DIGITS = 50;

  /** SnakeYAML's settings: the size limit, and duplicate keys refused. */
  static LoaderOptions loaderOptions() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_CHARS);
    loader.setAllowDuplicateKeys(false);
    return loader;
  }

  /**
   * The mapper: size, nesting and number-length limits, duplicate keys refused, keys in snake_case,
   * unknown keys and trailing documents refused, scalars never coerced ({@code "ten"} is not a
   * number), the domain's enums read by their contract codes.
   */
  static ObjectMapper mapper() {
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_DIGITS)
                    .maxDocumentLength(MAX_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return YAMLMapper.builder(factory)
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
  }

  /**
   * The validator, naming each property as {@code mapper} reads it from the document ({@code
   * full_risk_share}, not {@code fullRiskShare}), so that its paths lead to the document's keys.
   */
  static Validator validator(ObjectMapper mapper) {
    // Each class's names once: asking Jackson per property introspected its class again for every
    // one of them (10% of the samples of a profiled `check` of the default policy).
    Map<Class<?>, Map<String, String>> names = new ConcurrentHashMap<>();
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .propertyNodeNameProvider(
            property ->
                property instanceof JavaBeanProperty bean
                    ? names
                        .computeIfAbsent(
                            bean.getDeclaringClass(), type -> documentNames(mapper, type))
                        .getOrDefault(bean.getName(), bean.getName())
                    : property.getName())
        .buildValidatorFactory()
        .getValidator();
  }

  /** The name each property of {@code type} has in the document, by its name in the class. */
  private static Map<String, String> documentNames(ObjectMapper mapper, Class<?> type) {
    BeanDescription description =
        mapper.getDeserializationConfig().introspect(mapper.constructType(type));
    Map<String, String> names = new HashMap<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      names.putIfAbsent(property.getInternalName(), property.getName());
    }
    return names;
  }
}
