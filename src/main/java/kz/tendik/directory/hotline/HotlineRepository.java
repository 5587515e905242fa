package kz.tendik.directory.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import kz.tendik.directory.Hotline;
import kz.tendik.directory.Hotlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code hotline} table. */
@Repository
public class HotlineRepository implements Hotlines {

    private static final String COLUMNS = "id, number, name_kk, name_ru, name_en, description_kk, description_ru, "
            + "description_en, around_the_clock, free_of_charge, sort_order, active";

    private final JdbcClient jdbc;

    HotlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Hotline> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hotline WHERE id = ?").param(id).query(HotlineRepository::map).optional();
    }

    @Override
    public List<Hotline> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hotline WHERE active ORDER BY sort_order, number")
                .query(HotlineRepository::map).list();
    }

    /** Every hotline, active or not, in display order. */
    public List<Hotline> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hotline ORDER BY sort_order, number").query(HotlineRepository::map).list();
    }

    boolean numberTaken(String number, Long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM hotline WHERE number = ? AND id <> ?)")
                .params(number, exceptId == null ? -1L : exceptId).query(Boolean.class).single();
    }

    long insert(HotlineDraft d) {
        return jdbc.sql("""
                INSERT INTO hotline (number, name_kk, name_ru, name_en, description_kk, description_ru, description_en,
                                     around_the_clock, free_of_charge, sort_order, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(d.number(), d.nameKk(), d.nameRu(), d.nameEn(), d.descriptionKk(), d.descriptionRu(),
                        d.descriptionEn(), d.aroundTheClock(), d.freeOfCharge(), d.sortOrder(), d.active())
                .query(Long.class).single();
    }

    boolean update(long id, HotlineDraft d) {
        return jdbc.sql("""
                UPDATE hotline SET number = ?, name_kk = ?, name_ru = ?, name_en = ?, description_kk = ?,
                       description_ru = ?, description_en = ?, around_the_clock = ?, free_of_charge = ?, sort_order = ?,
                       active = ?, updated_at = now()
                WHERE id = ?""")
                .params(d.number(), d.nameKk(), d.nameRu(), d.nameEn(), d.descriptionKk(), d.descriptionRu(),
                        d.descriptionEn(), d.aroundTheClock(), d.freeOfCharge(), d.sortOrder(), d.active(), id)
                .update() == 1;
    }

    boolean setActive(long id, boolean active) {
        return jdbc.sql("UPDATE hotline SET active = ?, updated_at = now() WHERE id = ?").params(active, id).update() == 1;
    }

    private static Hotline map(ResultSet rs, int row) throws SQLException {
        return new Hotline(rs.getLong("id"), rs.getString("number"), rs.getString("name_kk"), rs.getString("name_ru"),
                rs.getString("name_en"), rs.getString("description_kk"), rs.getString("description_ru"),
                rs.getString("description_en"), rs.getBoolean("around_the_clock"), rs.getBoolean("free_of_charge"),
                rs.getInt("sort_order"), rs.getBoolean("active"));
    }
}
