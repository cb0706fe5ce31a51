package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Places in a document: the JSON pointers of the location index, made from the paths Jackson and
 * Bean Validation give with their errors, and written for people as {@code
 * criteria.pays_late.weight} or {@code rules[2].when}.
 */
public final class YamlPaths {

  private YamlPaths() {}

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

  /** {@code path: message}, or the message alone at the top of the document. */
  static String at(JsonPointer pointer, String message) {
    String path = describe(pointer);
    return path.isEmpty() ? message : path + ": " + message;
  }

  /** Where a Jackson binding error is, from the path Jackson keeps with it. */
  static JsonPointer of(JsonMappingException e) {
    JsonPointer pointer = JsonPointer.empty();
    for (JsonMappingException.Reference ref : e.getPath()) {
      pointer =
          ref.getFieldName() != null
              ? pointer.appendProperty(ref.getFieldName())
              : pointer.appendIndex(ref.getIndex());
    }
    return pointer;
  }

  /** Where a Bean Validation violation is, from its property path. */
  static JsonPointer of(Path path) {
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
}
