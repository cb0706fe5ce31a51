package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A document read as it is written, without binding it to a type: as a tree, by its top-level keys,
 * or as empty. Read with the same limits as binding.
 */
final class YamlTree {

  private final JsonFactory factory;

  YamlTree(JsonFactory factory) {
    this.factory = factory;
  }

  /** See {@link YamlBinder#topLevelKeys}. */
  Set<String> topLevelKeys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    if (text.length() > YamlSettings.MAX_CHARS) {
      return keys;
    }
    try (JsonParser p = factory.createParser(text)) {
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

  /** See {@link YamlBinder#tree}. */
  JsonNode tree(String text) throws IOException {
    try (JsonParser p = factory.createParser(text)) {
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

  /** See {@link YamlBinder#isEmptyDocument}. */
  boolean isEmpty(String text) {
    try (JsonParser p = factory.createParser(text)) {
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
}
