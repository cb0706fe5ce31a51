package com.keepwise.reports.site;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/** {@code ${t("key", arg…)}} in templates: the site's text in its language, never a literal. */
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
    String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) {
      args[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
    }
    return text.t(key, args);
  }
}
