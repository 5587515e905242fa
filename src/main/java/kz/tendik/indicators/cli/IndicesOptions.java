package kz.tendik.indicators.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code indices} command's options: {@code --index gii|gdi|gggi}, {@code --in FILE}, {@code --out FILE}, each as
 * {@code --name value} or {@code --name=value}. Other {@code --name=value} arguments are Spring's configuration
 * and are left alone.
 */
record IndicesOptions(IndexTable index, Path in, Path out) {

    private static final List<String> NAMES = List.of("index", "in", "out");

    static IndicesOptions parse(List<String> arguments) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + argument);
            }
            String name = argument.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!NAMES.contains(name)) {
                if (equals >= 0) {
                    continue;
                }
                throw new IllegalArgumentException("Unknown option: " + argument);
            }
            if (value == null) {
                if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = arguments.get(++i);
            }
            if (given.put(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " is given twice");
            }
        }
        for (String name : NAMES) {
            if (given.getOrDefault(name, "").isBlank()) {
                throw new IllegalArgumentException("Missing --" + name);
            }
        }
        IndexTable index;
        try {
            index = IndexTable.valueOf(given.get("index").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown index: " + given.get("index") + " (gii, gdi or gggi)");
        }
        return new IndicesOptions(index, Path.of(given.get("in")), Path.of(given.get("out")));
    }
}
