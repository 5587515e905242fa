package kz.tendik.cases.survivor;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Initials of a name, the first letter of each word followed by a full stop: "Жанар Әлиева" gives "Ж. Ә.". */
public final class Initials {

    private Initials() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        return Arrays.stream(name.strip().split("[\\s\\-]+"))
                .filter(w -> !w.isEmpty())
                .limit(3)
                .map(w -> new String(Character.toChars(Character.toUpperCase(w.codePointAt(0)))) + ".")
                .collect(Collectors.joining(" "));
    }
}
