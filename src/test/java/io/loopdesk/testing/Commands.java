package io.loopdesk.testing;

import java.io.File;
import java.util.Arrays;
import java.util.Optional;

/** Outside programs some tests run ({@code pg_dump}, {@code promtool}), looked up on the PATH as a shell would. */
public final class Commands {

    private Commands() {}

    /** Why one of {@code names} cannot be run here ({@code installHint} says how to get it), or empty. */
    public static Optional<String> missing(String installHint, String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(names)
                .filter(name -> Arrays.stream(path.split(File.pathSeparator))
                        .noneMatch(dir -> new File(dir, name).canExecute()))
                .findFirst()
                .map(name -> name + " is not on the PATH (" + installHint + ").");
    }
}
