package com.keepwise.reports.cli;

import com.keepwise.domain.Problem;
import com.keepwise.scoring.policy.LoadedPolicy;
import com.keepwise.scoring.policy.PolicyLoader;
import com.keepwise.scoring.yaml.YamlBinder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --policy FILE}: the policy to decide by; the default policy when absent. */
final class PolicyOption {

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "The policy (YAML). Default: the default policy shipped with Keepwise.")
  Path policy;

  /** The chosen policy, loaded and checked; every problem is a user error. */
  LoadedPolicy load() throws IOException {
    return policy == null ? PolicyLoader.defaultPolicy() : load(policy);
  }

  /** Loads a policy file, reporting its problems located in it. */
  static LoadedPolicy load(Path file) throws IOException {
    String text = readText(file);
    PolicyLoader.Result result = new PolicyLoader().load(file.toString(), text);
    if (result.policy().isEmpty()) {
      throw InvalidInputException.of(result.problems(), result.problems().size());
    }
    return result.policy().get();
  }

  /** A small UTF-8 text file (a policy, a site or case file), read whole after a size check. */
  static String readText(Path file) throws IOException {
    try {
      long size = Files.size(file);
      if (size > YamlBinder.MAX_CHARS * 4L) {
        throw InvalidInputException.of(
            List.of(
                new Problem(
                    file.toString(),
                    1,
                    1,
                    "the file has "
                        + size
                        + " bytes (expected at most "
                        + YamlBinder.MAX_CHARS
                        + " characters)")),
            1);
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(
          List.of(
              new Problem(
                  file.toString(), 1, 1, "has bytes that are not UTF-8 (expected UTF-8 text)")),
          1);
    }
  }
}
