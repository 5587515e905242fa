package kz.tendik.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts in PostgreSQL, with plain SQL through {@link JdbcClient}. */
@Repository
public class UserAccounts {

    private static final String COLUMNS = "id, username, display_name, password_hash, role, scope_level, region_code, "
            + "centre_id, language, totp_secret, totp_enrolled_at, enabled, created_at";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE lower(username) = lower(?)")
                .param(username).query(UserAccounts::map).optional();
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id).query(UserAccounts::map).optional();
    }

    /** The accounts with these ids (those that exist). */
    public List<UserAccount> findAllById(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id IN (:ids)").param("ids", ids)
                .query(UserAccounts::map).list();
    }

    /** The accounts of a role scoped to the centre, by name. */
    public List<UserAccount> inCentre(long centreId, Role role) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE centre_id = ? AND role = ? ORDER BY display_name, id")
                .params(centreId, role.name()).query(UserAccounts::map).list();
    }

    public List<UserAccount> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username").query(UserAccounts::map).list();
    }

    /**
     * Accounts matching all given filters (null means any): role, region (users scoped to the region or one of
     * its centres) and a part of the username. At most {@code limit}, by username.
     */
    public List<UserAccount> search(Role role, String regionCode, String usernamePart, int limit) {
        String like = usernamePart == null || usernamePart.isBlank() ? null
                : "%" + usernamePart.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM app_user
                 WHERE (CAST(:role AS TEXT) IS NULL OR role = :role)
                   AND (CAST(:region AS TEXT) IS NULL OR region_code = :region)
                   AND (CAST(:like AS TEXT) IS NULL OR lower(username) LIKE :like)
                 ORDER BY username LIMIT :limit""")
                .param("role", role == null ? null : role.name()).param("region", regionCode).param("like", like)
                .param("limit", limit)
                .query(UserAccounts::map).list();
    }

    public boolean exists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    public long create(String username, String displayName, String passwordHash, Role role, OrgUnit unit,
                       String language) {
        return jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, scope_level, region_code, centre_id, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(username, displayName, passwordHash, role.name(), unit.level().name(), unit.regionCode(),
                        unit.centreId(), language)
                .query(Long.class).single();
    }

    public void update(long id, String displayName, Role role, OrgUnit unit, String language, boolean enabled) {
        jdbc.sql("""
                UPDATE app_user SET display_name = ?, role = ?, scope_level = ?, region_code = ?, centre_id = ?,
                       language = ?, enabled = ? WHERE id = ?""")
                .params(displayName, role.name(), unit.level().name(), unit.regionCode(), unit.centreId(), language,
                        enabled, id)
                .update();
    }

    public void changePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, password_changed_at = now() WHERE id = ?")
                .params(passwordHash, id).update();
    }

    public void changeLanguage(long id, String language) {
        jdbc.sql("UPDATE app_user SET language = ? WHERE id = ?").params(language, id).update();
    }

    public void startTwoFactorEnrolment(long id, String secret) {
        jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_enrolled_at = NULL WHERE id = ?").params(secret, id).update();
    }

    public void completeTwoFactorEnrolment(long id) {
        jdbc.sql("UPDATE app_user SET totp_enrolled_at = now() WHERE id = ? AND totp_secret IS NOT NULL")
                .param(id).update();
    }

    public void removeTwoFactor(long id) {
        jdbc.sql("UPDATE app_user SET totp_secret = NULL, totp_enrolled_at = NULL WHERE id = ?").param(id).update();
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(id).update();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        OrgUnit.Level level = OrgUnit.Level.valueOf(rs.getString("scope_level"));
        Long centreId = rs.getObject("centre_id", Long.class);
        OrgUnit unit = new OrgUnit(level, rs.getString("region_code"), centreId);
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), unit, rs.getString("language"),
                rs.getString("totp_secret"), instant(rs.getTimestamp("totp_enrolled_at")), rs.getBoolean("enabled"),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
