package com.keepwise.reports.documentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A fenced code block of a Markdown file: its language, the words after it, and its text.
 *
 * <p>Shell blocks ({@code bash}, {@code sh}, {@code shell}) are run as written; {@code console}
 * blocks are commands after {@code $ } with the output they print, compared. A shell or console
 * block marked {@code no-run} after its language (```` ```bash no-run ````) is shown, not run.
 */
record FencedBlock(String file, int line, String language, Set<String> flags, String text) {

  static final Set<String> SHELLS = Set.of("bash", "sh", "shell");
  static final String NO_RUN = "no-run";

  boolean runs() {
    return (SHELLS.contains(language) || isConsole()) && !flags.contains(NO_RUN);
  }

  boolean isConsole() {
    return language.equals("console");
  }

  String where() {
    return file + ":" + line;
  }

  /**
   * The fenced blocks of a Markdown text, in order; {@code line} is the opening fence's, 1-based.
   */
  static List<FencedBlock> of(String file, String markdown) {
    List<FencedBlock> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String opening = lines[i].stripLeading();
      int indent = lines[i].length() - opening.length();
      if (indent > 3 || !(opening.startsWith("```") || opening.startsWith("~~~"))) {
        continue;
      }
      char fenceChar = opening.charAt(0);
      int fence = 0;
      while (fence < opening.length() && opening.charAt(fence) == fenceChar) {
        fence++;
      }
      String[] info = opening.substring(fence).strip().split("\\s+");
      StringBuilder text = new StringBuilder();
      int j = i + 1;
      for (; j < lines.length; j++) {
        String closing = lines[j].strip();
        if (closing.length() >= fence && closing.chars().allMatch(c -> c == fenceChar)) {
          break;
        }
        // Content indented like its fence (in a list item) loses that indentation, as CommonMark
        // says.
        String content = lines[j];
        int strip = 0;
        while (strip < indent && strip < content.length() && content.charAt(strip) == ' ') {
          strip++;
        }
        text.append(content.substring(strip)).append('\n');
      }
      blocks.add(
          new FencedBlock(
              file,
              i + 1,
              info[0].toLowerCase(java.util.Locale.ROOT),
              Set.copyOf(Arrays.asList(info).subList(1, info.length)),
              text.toString()));
      i = j;
    }
    return blocks;
  }

  /** A command of a console block and the output shown after it. */
  record Command(String command, List<String> expected) {}

  /**
   * A console block's commands ({@code $ } lines, continued by a trailing backslash) and outputs.
   */
  List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    StringBuilder command = null;
    List<String> expected = new ArrayList<>();
    boolean continued = false;
    for (String line : text.split("\n")) {
      if (continued) {
        command.append('\n').append(line);
        continued = line.endsWith("\\");
      } else if (line.startsWith("$ ")) {
        if (command != null) {
          commands.add(new Command(command.toString(), List.copyOf(expected)));
        }
        command = new StringBuilder(line.substring(2));
        expected = new ArrayList<>();
        continued = line.endsWith("\\");
      } else if (command != null) {
        expected.add(line);
      }
    }
    if (command != null) {
      commands.add(new Command(command.toString(), List.copyOf(expected)));
    }
    return commands;
  }
}
