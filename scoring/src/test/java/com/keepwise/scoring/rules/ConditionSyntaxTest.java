package com.keepwise.scoring.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.domain.Problem;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.testing.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A condition that is not well formed is said in words, once, where the mistake is. */
class ConditionSyntaxTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '`',
      textBlock =
          """
      bullies_staff.threats = 1                          ¦ 23 ¦ '=' is not a comparison; did you mean '=='?
      customer.relationship === 'personal'               ¦ 25 ¦ '===' is not a comparison; did you mean '=='?
      bullies_staff.threats => 1                         ¦ 23 ¦ '=>' is not a comparison; did you mean '>='?
      bullies_staff.threats =< 1                         ¦ 23 ¦ '=<' is not a comparison; did you mean '<='?
      customer.relationship <> 'personal'                ¦ 24 ¦ '<>' is not a comparison; did you mean '!='?
      bullies_staff.threats >= 1 and risk.score > 3      ¦ 28 ¦ 'and' is not an operator in a condition; did you mean '&&'?
      bullies_staff.threats >= 1 OR risk.score > 3       ¦ 28 ¦ 'OR' is not an operator in a condition; did you mean '||'?
      not bullies_staff.threats >= 1                     ¦  5 ¦ 'not' is not an operator in a condition; did you mean '!' (as in !(risk.score > 60))?
      bullies_staff.threats >= 1 & risk.score > 3        ¦ 28 ¦ '&' is not an operator; did you mean '&&' (and)?
      bullies_staff.threats >= 1 | risk.score > 3        ¦ 28 ¦ '|' is not an operator; did you mean '||' (or)?
      customer.relationship == 'personal                 ¦ 26 ¦ the text 'personal is not closed (expected a closing ' on the same line)
      customer.relationship == personal'                 ¦ 34 ¦ a closing ' without an opening one (expected text in quotes, as in 'personal')
      bullies_staff.threats >=                           ¦ 25 ¦ the condition ends after '>=' (expected a value or a name after it, such as 3, 'personal' or pays_late.days_overdue)
      (bullies_staff.threats >= 1                        ¦ 28 ¦ '(' is not closed (expected ')' before the end)
      bullies_staff.threats >= 1)                        ¦ 27 ¦ ')' has no matching '('
      customer.relationship in ['personal', 'standard'   ¦ 49 ¦ '[' is not closed (expected ']' before the end)
      bullies_staff.threats >= 1,5                       ¦ 27 ¦ ',' in a number; did you mean '.' (as in 2.5)?
      bullies_staff.threats >= 1 && && risk.score > 1    ¦ 31 ¦ '&&' where a value was expected (expected a value or a name, such as 3, 'personal' or pays_late.days_overdue)
      true false                                         ¦  6 ¦ 'false' after a complete expression (expected an operator between values: == != < <= > >= && || in)
      if risk.score > 1                                  ¦  1 ¦ 'if' is a reserved word in a condition (expected a condition such as risk.score > 60; CEL writes if-then-else as a ? b : c)
      """)
  void aMalformedConditionIsSaidInWordsOnce(String condition, int column, String message) {
    List<RuleCompiler.Issue> issues = RuleCompiler.shared().compile(condition).issues();
    assertEquals(List.of(new RuleCompiler.Issue(1, column, message)), issues);
  }

  @Test
  void anEmptyConditionSaysSo() {
    assertEquals(
        List.of(
            new RuleCompiler.Issue(
                1,
                1,
                "the condition is empty (expected a condition such as"
                    + " pays_late.days_overdue > 60)")),
        RuleCompiler.shared().compile("").issues());
  }

  @Test
  void inAPolicyTheMistakeIsLocatedInTheFile() {
    String text =
        TextEdit.replaced(
            PolicyLoader.defaultPolicyText(),
            "\"bullies_staff.threats >= 1\"",
            "\"bullies_staff.threats = 1\"");
    List<String> problems =
        new PolicyLoader()
            .load("policy.yaml", text).problems().stream().map(Problem::toString).toList();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .matches(
                "policy\\.yaml:\\d+:\\d+: hard_rules\\[1\\]\\.when: '=' is not a comparison;"
                    + " did you mean '=='\\?"),
        problems.get(0));
    assertTrue(
        problems.stream()
            .noneMatch(
                p -> p.contains("token") || p.contains("mismatched") || p.contains("extraneous")));
  }
}
