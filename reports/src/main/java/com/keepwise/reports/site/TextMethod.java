package com.keepwise.reports.site;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/**
 * {@code ${t("key", arg…)}} in templates: the site's text in its language, never a literal. Text
 * arguments from templates are data (a client's or a segment's name) and are isolated for bidi
 * ({@link SiteText#data}); numbers stay numbers, for plurals and the locale's digits.
 */
final class TextMethod implements TemplateMethodModelEx {

  private final SiteText text;

  TextMethod(SiteText text) {
    this.text = text;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("t(key, …) needs a key");
    }
    String key =
        String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) {
      Object arg = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
      args[i - 1] = arg instanceof String value ? text.data(value) : arg;
    }
    return text.t(key, args);
  }
}
