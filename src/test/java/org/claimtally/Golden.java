package org.claimtally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. Regenerate with {@code mvn test -Dgolden.update=true}, then review
 * the diff before committing: the golden files are the specification of the output.
 */
public final class Golden {
    public static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (updating()) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s missing: run mvn test -Dgolden.update=true", file).exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(actual).as("output differs from %s (regenerate with -Dgolden.update=true and review the diff)", file)
                .isEqualTo(expected);
    }
}
