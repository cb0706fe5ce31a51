package com.keepwise.reports.site;

import com.keepwise.domain.decision.Action;
import java.util.Locale;

/**
 * An action as pages show it: its code, its name in the site's language, and a CSS class, so the
 * action reads in words and shapes as well as colour.
 */
public record ActionView(String code, String name, String css) {

  static ActionView of(Action action, SiteText text) {
    String key = action.name().toLowerCase(Locale.ROOT);
    return new ActionView(
        action.name(), text.word("action." + key), "action-" + key.replace('_', '-'));
  }
}
