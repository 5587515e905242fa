package kz.tendik.cases.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code tendik generate}: {@code --survivors N --cases N --incidents N} (required), {@code --seed S},
 * {@code --threads T} and {@code --cases-per-caseworker K}, as {@code --name value} or {@code --name=value}. Every
 * problem is reported at once.
 */
record GenerateOptions(int survivors, int cases, int incidents, long seed, int threads, int casesPerCaseworker) {

    static final int MAX_COUNT = 10_000_000;
    private static final Set<String> NAMES = Set.of("survivors", "cases", "incidents", "seed", "threads",
            "cases-per-caseworker");

    /** The options, or {@link IllegalArgumentException} whose message names every problem, one per line. */
    static GenerateOptions parse(List<String> arguments, long defaultSeed, int defaultThreads) {
        Map<String, String> given = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                problems.add("unexpected argument '" + argument + "'");
                continue;
            }
            String name = argument.substring(2);
            if (name.contains(".") && name.contains("=")) {
                continue; // a Spring property (--tendik.embedded.data-dir=...): the configuration takes it
            }
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
                value = arguments.get(++i);
            }
            if (!NAMES.contains(name)) {
                problems.add("unknown option --" + name);
            } else if (value == null || value.isBlank()) {
                problems.add("--" + name + " needs a value");
            } else if (given.putIfAbsent(name, value) != null) {
                problems.add("--" + name + " is given twice");
            }
        }
        int survivors = count(given, "survivors", true, 0, MAX_COUNT, problems);
        int cases = count(given, "cases", true, 0, MAX_COUNT, problems);
        int incidents = count(given, "incidents", true, 0, MAX_COUNT, problems);
        int threads = given.containsKey("threads") ? count(given, "threads", false, 1, 64, problems) : defaultThreads;
        int perWorker = given.containsKey("cases-per-caseworker")
                ? count(given, "cases-per-caseworker", false, 1, 100_000, problems) : 150;
        long seed = defaultSeed;
        if (given.containsKey("seed")) {
            try {
                seed = Long.parseLong(given.get("seed"));
            } catch (NumberFormatException e) {
                problems.add("--seed must be a whole number, not '" + given.get("seed") + "'");
            }
        }
        if (problems.isEmpty() && cases > 0 && survivors == 0) {
            problems.add("--survivors must be at least 1 when there are cases (every case has a survivor)");
        }
        if (problems.isEmpty() && incidents > 0 && cases == 0) {
            problems.add("--cases must be at least 1 when there are incidents (every incident belongs to a case)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new GenerateOptions(survivors, cases, incidents, seed, threads, perWorker);
    }

    private static int count(Map<String, String> given, String name, boolean required, int min, int max,
                             List<String> problems) {
        String value = given.get(name);
        if (value == null) {
            if (required) {
                problems.add("--" + name + " is required");
            }
            return 0;
        }
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n < min || n > max) {
                problems.add("--" + name + " must be between " + min + " and " + max + ", not " + value);
                return 0;
            }
            return (int) n;
        } catch (NumberFormatException e) {
            problems.add("--" + name + " must be a whole number, not '" + value + "'");
            return 0;
        }
    }
}
