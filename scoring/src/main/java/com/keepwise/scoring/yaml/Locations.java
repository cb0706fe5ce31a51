package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and value of a document is, by its JSON pointer: the index that places a problem
 * found after parsing (by binding, by validation, by a loader's own checks) at its line and column.
 * Built by {@link DocumentScan}; empty for a document that could not be read.
 */
public final class Locations {

  private final Map<JsonPointer, JsonLocation> keys = new HashMap<>();
  private final Map<JsonPointer, JsonLocation> values = new HashMap<>();

  /** Records the key at {@code pointer}; false when that mapping already had the key. */
  boolean addKey(JsonPointer pointer, JsonLocation where) {
    return keys.put(pointer, where) == null;
  }

  void addValue(JsonPointer pointer, JsonLocation where) {
    values.put(pointer, where);
  }

  /** Whether the document has a key at {@code pointer}. */
  boolean hasKey(JsonPointer pointer) {
    return keys.containsKey(pointer);
  }

  /**
   * The pointer as the document writes it: a list written as its single element (accepted where the
   * model says so) has no index 0 in the document, so the index is left out.
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
