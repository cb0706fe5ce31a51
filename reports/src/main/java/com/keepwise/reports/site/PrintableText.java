package com.keepwise.reports.site;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * FreeMarker's wrapper, with each control character HTML does not allow shown as U+FFFD in the text
 * a page is given (a customer's name with an ESC or a BEL from a terminal copy and paste): escaping
 * for HTML leaves them, and a browser or a checker takes them for a broken page. Every value a
 * template prints passes through here; the templates' own text has none.
 */
final class PrintableText extends DefaultObjectWrapper {

  PrintableText(Version version) {
    super(version);
  }

  @Override
  public TemplateModel wrap(Object value) throws TemplateModelException {
    return super.wrap(value instanceof String text ? printable(text) : value);
  }

  /** The text with C0 controls but tab, LF, FF and CR, DEL and the C1 controls as U+FFFD. */
  static String printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (forbidden(text.charAt(i))) {
        StringBuilder shown = new StringBuilder(text);
        for (int j = i; j < shown.length(); j++) {
          if (forbidden(shown.charAt(j))) {
            shown.setCharAt(j, '\uFFFD');
          }
        }
        return shown.toString();
      }
    }
    return text;
  }

  private static boolean forbidden(char c) {
    return c < 0x20 ? c != '\t' && c != '\n' && c != '\f' && c != '\r' : c >= 0x7F && c <= 0x9F;
  }
}
