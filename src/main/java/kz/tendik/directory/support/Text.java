package kz.tendik.directory.support;

/** Tidies text a user typed: surrounding blanks go, an empty text becomes {@code null}. */
public final class Text {

    private Text() {
    }

    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
