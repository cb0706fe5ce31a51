package com.keepwise.scoring.yaml;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The validator, made on a thread of its own while the document is parsed, which does not need it
 * (6% of the samples of a profiled {@code check} of one policy file, on the thread the check waits
 * for). Reading the policy's constraints there too, ahead of validation, saved nothing measurable:
 * validation still waited for them, on a machine with two cores already busy.
 */
final class BackgroundValidator {

  private final FutureTask<Validator> validator;

  BackgroundValidator(ObjectMapper mapper) {
    validator = new FutureTask<>(() -> YamlSettings.validator(mapper));
    Thread maker = new Thread(validator, "keepwise-validator");
    maker.setDaemon(true);
    maker.start();
  }

  /** The validator; waits for it to be made. */
  Validator get() {
    try {
      return validator.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the validator was made", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }
}
