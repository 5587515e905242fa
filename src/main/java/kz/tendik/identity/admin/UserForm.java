package kz.tendik.identity.admin;

/**
 * What an administrator enters for a user, as entered (text), so that every mistake can be named by field.
 * {@code username} and {@code password} count only when creating; {@code enabled} only when changing.
 */
public record UserForm(String username, String displayName, String role, String scope, String regionCode,
                       Long centreId, String language, String password, Boolean enabled) {
}
