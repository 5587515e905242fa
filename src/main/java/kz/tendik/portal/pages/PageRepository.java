package kz.tendik.portal.pages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code portal_page} table: the safety and rights pages, one row per page and language. */
@Repository
public class PageRepository {

    private static final String COLUMNS = "slug, language, position, title, body, updated_at";
    private final JdbcClient jdbc;

    PageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublicPage> find(String slug, String language) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM portal_page WHERE slug = ? AND language = ?")
                .params(slug, language).query(PageRepository::map).optional();
    }

    /** Every page in one language, in reading order. */
    public List<PublicPage> inLanguage(String language) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM portal_page WHERE language = ? ORDER BY position, slug")
                .param(language).query(PageRepository::map).list();
    }

    /** Every page in every language, by position and language (kk, ru, en). */
    public List<PublicPage> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM portal_page ORDER BY position, slug, "
                        + "array_position(ARRAY['kk', 'ru', 'en'], language)")
                .query(PageRepository::map).list();
    }

    boolean update(String slug, String language, String title, String body) {
        return jdbc.sql("UPDATE portal_page SET title = ?, body = ?, updated_at = now() WHERE slug = ? AND language = ?")
                .params(title, body, slug, language).update() == 1;
    }

    private static PublicPage map(ResultSet rs, int row) throws SQLException {
        return new PublicPage(rs.getString("slug"), rs.getString("language"), rs.getInt("position"),
                rs.getString("title"), rs.getString("body"), rs.getTimestamp("updated_at").toInstant());
    }
}
