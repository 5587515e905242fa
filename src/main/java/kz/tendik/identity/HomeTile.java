package kz.tendik.identity;

/**
 * A link on a user's home page. Each module declares its tiles as beans; a user sees the tiles whose action
 * their role may perform, in {@code order}.
 */
public record HomeTile(String titleKey, String descriptionKey, String path, Action action, int order) {
}
