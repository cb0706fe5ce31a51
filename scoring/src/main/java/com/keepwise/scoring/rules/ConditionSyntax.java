package com.keepwise.scoring.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CEL's parser errors said in a policy author's words. The parser speaks in tokens ("token
 * recognition error at: '= '", "mismatched input 'and' expecting {<EOF>, '==', …}"); an author
 * wrote {@code =} for {@code ==}, {@code and} for {@code &&}, or left a quote or a bracket open.
 */
final class ConditionSyntax {

  private ConditionSyntax() {}

  private static final Pattern UNRECOGNISED =
      Pattern.compile("token recognition error at: '(.*)'", Pattern.DOTALL);
  private static final Pattern MISMATCHED =
      Pattern.compile("mismatched input '(.*?)' expecting (.*)", Pattern.DOTALL);
  private static final Pattern EXTRANEOUS =
      Pattern.compile("extraneous input '(.*?)' expecting (.*)", Pattern.DOTALL);
  private static final Pattern MISSING =
      Pattern.compile("missing '(.*?)' at '(.*?)'", Pattern.DOTALL);
  private static final Pattern NO_VIABLE =
      Pattern.compile("no viable alternative at input '(.*?)'", Pattern.DOTALL);
  private static final Pattern RESERVED =
      Pattern.compile("reserved identifier: (.*)", Pattern.DOTALL);

  private static final String AN_OPERATOR =
      "expected an operator between values: == != < <= > >= && || in";
  private static final String A_VALUE =
      "expected a value or a name, such as 3, 'personal' or pays_late.days_overdue";
  private static final String A_VALUE_AFTER =
      "expected a value or a name after it, such as 3, 'personal' or pays_late.days_overdue";

  /**
   * Whether CEL's message is the parser's (the condition is not well formed) rather than the
   * checker's.
   */
  static boolean isSyntaxError(String message) {
    return UNRECOGNISED.matcher(message).matches()
        || MISMATCHED.matcher(message).matches()
        || EXTRANEOUS.matcher(message).matches()
        || MISSING.matcher(message).matches()
        || NO_VIABLE.matcher(message).matches()
        || RESERVED.matcher(message).matches();
  }

  /**
   * The parser's message in words, given the condition and where (1-based line, 0-based column) the
   * parser stopped.
   */
  static String inWords(String message, String source, int line, int column) {
    String[] lines = source.split("\n", -1);
    String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
    int at = Math.max(0, Math.min(column, text.length()));
    String rest = text.substring(at);
    String before = text.substring(0, at).stripTrailing();

    Matcher m = UNRECOGNISED.matcher(message);
    if (m.matches()) {
      return unrecognised(rest, before);
    }
    m = MISSING.matcher(message);
    if (m.matches()) {
      return m.group(2).equals("<EOF>")
          ? "'"
              + opening(m.group(1))
              + "' is not closed (expected '"
              + m.group(1)
              + "' before the end)"
          : "'" + m.group(2) + "' where '" + m.group(1) + "' was expected";
    }
    m = RESERVED.matcher(message);
    if (m.matches()) {
      String word = m.group(1).strip();
      return "'"
          + word
          + "' is a reserved word in a condition (expected a condition such as risk.score > 60;"
          + (word.equals("if") ? " CEL writes if-then-else as a ? b : c" : " choose another name")
          + ")";
    }
    m = NO_VIABLE.matcher(message);
    if (m.matches()) {
      return "'" + m.group(1).strip() + "' is not valid here (" + A_VALUE + ")";
    }
    boolean extraneous = EXTRANEOUS.matcher(message).matches();
    m = extraneous ? EXTRANEOUS.matcher(message) : MISMATCHED.matcher(message);
    if (m.matches()) {
      return unexpected(m.group(1), m.group(2), before, rest);
    }
    return message;
  }

  /** A character the parser does not know, such as a single = or &, or an unclosed quote. */
  private static String unrecognised(String rest, String before) {
    if (rest.startsWith("=>")) {
      return "'=>' is not a comparison; did you mean '>='?";
    }
    if (rest.startsWith("=<")) {
      return "'=<' is not a comparison; did you mean '<='?";
    }
    if (rest.startsWith("=")) {
      return before.endsWith("==")
          ? "'===' is not a comparison; did you mean '=='?"
          : before.endsWith("!=")
              ? "'!==' is not a comparison; did you mean '!='?"
              : "'=' is not a comparison; did you mean '=='?";
    }
    if (rest.startsWith("&")) {
      return "'&' is not an operator; did you mean '&&' (and)?";
    }
    if (rest.startsWith("|")) {
      return "'|' is not an operator; did you mean '||' (or)?";
    }
    if (rest.startsWith("'") || rest.startsWith("\"")) {
      char quote = rest.charAt(0);
      if (rest.strip().length() == 1) {
        return "a closing "
            + quote
            + " without an opening one (expected text in quotes, as in "
            + quote
            + "personal"
            + quote
            + ")";
      }
      return "the text "
          + rest.strip()
          + " is not closed (expected a closing "
          + quote
          + " on the same line)";
    }
    if (rest.startsWith("#")) {
      return "'#' does not start a comment inside a condition (expected the condition alone; write the comment"
          + " on the YAML line, after the closing quote)";
    }
    String character = rest.isEmpty() ? "?" : rest.substring(0, rest.offsetByCodePoints(0, 1));
    return "'" + character + "' is not allowed in a condition (" + AN_OPERATOR + ")";
  }

  /**
   * A token where another was expected: a word for an operator, a missing value, an extra bracket.
   */
  private static String unexpected(String found, String expecting, String before, String rest) {
    boolean wantsValue = expecting.contains("IDENTIFIER");
    boolean wantsEnd = expecting.startsWith("<EOF>") || expecting.startsWith("{<EOF>");
    String word = found.toLowerCase(Locale.ROOT);
    if (found.equals("<EOF>")) {
      if (before.isEmpty()) {
        return "the condition is empty (expected a condition such as pays_late.days_overdue > 60)";
      }
      if (expecting.contains("']'")) {
        return "'[' is not closed (expected ']' before the end)";
      }
      if (expecting.contains("')'")) {
        return "'(' is not closed (expected ')' before the end)";
      }
      return "the condition ends after '" + lastToken(before) + "' (" + A_VALUE_AFTER + ")";
    }
    if (word.equals("and")) {
      return "'" + found + "' is not an operator in a condition; did you mean '&&'?";
    }
    if (word.equals("or")) {
      return "'" + found + "' is not an operator in a condition; did you mean '||'?";
    }
    if (lastToken(before).equalsIgnoreCase("not")) {
      return "'"
          + lastToken(before)
          + "' is not an operator in a condition; did you mean '!' (as in !(risk.score > 60))?";
    }
    if (found.equals(">") && before.endsWith("<")) {
      return "'<>' is not a comparison; did you mean '!='?";
    }
    if (found.equals(")") && wantsEnd) {
      return "')' has no matching '('";
    }
    if (found.equals("]") && wantsEnd) {
      return "']' has no matching '['";
    }
    if (found.equals(",") && before.matches(".*\\d") && rest.matches(",\\s*\\d.*")) {
      return "',' in a number; did you mean '.' (as in 2.5)?";
    }
    if (wantsValue) {
      return "'" + found + "' where a value was expected (" + A_VALUE + ")";
    }
    if (wantsEnd) {
      return "'" + found + "' after a complete expression (" + AN_OPERATOR + ")";
    }
    return "'" + found + "' is not expected here";
  }

  private static String lastToken(String before) {
    Matcher m =
        Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*|\\d+(\\.\\d+)?|\\S+?)\\s*$").matcher(before);
    if (!m.find()) {
      return before;
    }
    String token = m.group(1);
    // Operators are cut at the word before: "a >=" ends in ">=", not "=".
    Matcher op = Pattern.compile("([=!<>&|+\\-*/%?:]+)$").matcher(before);
    return op.find() ? op.group(1) : token;
  }

  private static String opening(String closing) {
    return switch (closing) {
      case ")" -> "(";
      case "]" -> "[";
      case "}" -> "{";
      default -> closing;
    };
  }
}
