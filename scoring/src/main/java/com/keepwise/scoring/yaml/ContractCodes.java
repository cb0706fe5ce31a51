package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.keepwise.domain.ContractCode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the domain's enums by their contract codes, as the data contract writes them ({@code
 * threat}, {@code long_standing}); for actions and reason codes the code is the constant's name
 * ({@code EXIT_NOW}). The domain carries no Jackson annotations, so the mapping lives here.
 */
final class ContractCodes {

  private ContractCodes() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("keepwise-contract-codes");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription description,
              JsonDeserializer<?> deserializer) {
            return ContractCode.class.isAssignableFrom(type.getRawClass())
                ? new ByCode(type.getRawClass())
                : deserializer;
          }
        });
    return module;
  }

  /** One enum's constants by code; anything else goes to the problem handler, which reports it. */
  private static final class ByCode extends StdScalarDeserializer<Object> {
    private final Map<String, Object> constants = new HashMap<>();

    ByCode(Class<?> type) {
      super(type);
      for (Object constant : type.getEnumConstants()) {
        constants.put(((ContractCode) constant).code(), constant);
      }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      // yes and no are booleans to YAML 1.1, but codes here (advice followed: no); the text is
      // kept.
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_STRING
          && token != JsonToken.VALUE_TRUE
          && token != JsonToken.VALUE_FALSE) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getText();
      Object constant = constants.get(text);
      return constant != null
          ? constant
          : ctxt.handleWeirdStringValue(
              handledType(), text, "not a code of " + handledType().getSimpleName());
    }
  }
}
