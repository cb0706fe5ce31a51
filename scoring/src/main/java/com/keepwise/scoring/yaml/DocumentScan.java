package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.keepwise.domain.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * One pass over a document before it is bound: indexes where each key and value is ({@link
 * Locations}), and refuses what binding must never see: characters YAML does not allow, anchors and
 * aliases (Jackson would silently read an alias as a string), keys written twice.
 */
final class DocumentScan {

  private static final String NO_ANCHORS =
      "anchors (&name) are not allowed (expected the value written out)";

  private DocumentScan() {}

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
                    Locale.ROOT,
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

  /**
   * Streams through the document once, recording in {@code locations} where each key and value is
   * and adding to {@code problems} every anchor, alias and repeated key. False when the document
   * cannot be bound at all.
   */
  static boolean scan(
      JsonFactory factory,
      String source,
      String text,
      Locations locations,
      List<Problem> problems) {
    Set<String> anchoredScalars = anchoredScalars(text);
    // The keys of the current document, to tell a repeated key by its place: Jackson's own check
    // would stop the pass at the first and say so only in the words of its message.
    Set<JsonPointer> keys = new HashSet<>();
    try (JsonParser p = factory.createParser(text)) {
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        JsonLocation where = p.currentTokenLocation();
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          problems.add(
              at(
                  source,
                  where,
                  p.getParsingContext(),
                  "aliases (*name) are not allowed (expected the value written out)"));
        } else if (t.isScalarValue()
            && !anchoredScalars.isEmpty()
            && anchoredScalars.contains(where.getLineNr() + ":" + where.getColumnNr())) {
          problems.add(at(source, where, p.getParsingContext(), NO_ANCHORS));
        } else if (t != JsonToken.FIELD_NAME && !t.isStructEnd() && p.getObjectId() != null) {
          problems.add(at(source, where, p.getParsingContext(), NO_ANCHORS));
        }
        if (t.isStructStart() && p.getParsingContext().getParent().inRoot()) {
          keys.clear(); // a new document (after ---) has keys of its own
        }
        if (t == JsonToken.FIELD_NAME) {
          JsonPointer key = p.getParsingContext().pathAsPointer();
          if (!keys.add(key)) {
            JsonLocation end = p.currentLocation(); // where Jackson's own check placed it
            problems.add(
                new Problem(
                    source,
                    end.getLineNr(),
                    end.getColumnNr(),
                    "the key '" + p.currentName() + "' appears twice (expected each key once)"));
          }
          locations.addKey(key, where);
        } else if (!t.isStructEnd()) {
          JsonStreamContext context =
              t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
          locations.addValue(context.pathAsPointer(), where);
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(BindingProblems.located(source, e, locations));
    } catch (IOException e) {
      problems.add(new Problem(source, 1, 1, "cannot be read: " + e.getMessage()));
    }
    return problems.isEmpty();
  }

  private static Problem at(
      String source, JsonLocation where, JsonStreamContext context, String message) {
    return new Problem(
        source,
        where.getLineNr(),
        where.getColumnNr(),
        YamlPaths.at(context.pathAsPointer(), message));
  }

  /**
   * Where the scalars with an anchor are ({@code line:column}, as Jackson locates the same events):
   * Jackson reports anchors of mappings and lists but drops those of scalars ({@code name: &n
   * Acme}), so SnakeYAML's events are read for them.
   */
  private static Set<String> anchoredScalars(String text) {
    Set<String> where = new HashSet<>();
    if (text.indexOf('&') < 0) {
      return where;
    }
    try {
      for (Event event : new Yaml(YamlSettings.loaderOptions()).parse(new StringReader(text))) {
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
}
