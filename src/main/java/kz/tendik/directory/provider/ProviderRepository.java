package kz.tendik.directory.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.tendik.directory.ProviderKind;
import kz.tendik.directory.ServiceProvider;
import kz.tendik.directory.ServiceProviders;
import kz.tendik.directory.support.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code service_provider} table. */
@Repository
public class ProviderRepository implements ServiceProviders {

    private static final String COLUMNS = "id, kind, region_code, name_kk, name_ru, name_en, locality, address, phone, "
            + "email, opening_hours, active";
    private static final String FILTER = " WHERE (CAST(:region AS TEXT) IS NULL OR region_code = :region)"
            + " AND (CAST(:kind AS TEXT) IS NULL OR kind = :kind)";

    private final JdbcClient jdbc;

    ProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ServiceProvider> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_provider WHERE id = ?").param(id)
                .query(ProviderRepository::map).optional();
    }

    @Override
    public List<ServiceProvider> activeInRegion(String regionCode, ProviderKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_provider" + FILTER + " AND active ORDER BY kind, name_ru, id")
                .param("region", regionCode).param("kind", kind == null ? null : kind.name())
                .query(ProviderRepository::map).list();
    }

    /** Providers by region and kind ({@code null}: any), active or not ({@code null}: both). */
    public List<ServiceProvider> list(String regionCode, ProviderKind kind, Boolean active) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_provider" + FILTER
                        + " AND (CAST(:active AS BOOLEAN) IS NULL OR active = :active) ORDER BY region_code, kind, name_ru, id")
                .param("region", regionCode).param("kind", kind == null ? null : kind.name()).param("active", active)
                .query(ProviderRepository::map).list();
    }

    public Page<ServiceProvider> page(String regionCode, ProviderKind kind, Locale locale, int number) {
        String kindCode = kind == null ? null : kind.name();
        long total = jdbc.sql("SELECT count(*) FROM service_provider" + FILTER)
                .param("region", regionCode).param("kind", kindCode).query(Long.class).single();
        List<ServiceProvider> items = jdbc.sql("SELECT " + COLUMNS + " FROM service_provider" + FILTER
                        + " ORDER BY region_code, kind, lower(" + nameColumn(locale) + "), id LIMIT :size OFFSET :offset")
                .param("region", regionCode).param("kind", kindCode)
                .param("size", Page.SIZE).param("offset", (long) number * Page.SIZE)
                .query(ProviderRepository::map).list();
        return new Page<>(items, number, Page.SIZE, total);
    }

    long insert(ProviderDraft d) {
        return jdbc.sql("""
                INSERT INTO service_provider (kind, region_code, name_kk, name_ru, name_en, locality, address, phone,
                                              email, opening_hours, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(d.kind().name(), d.regionCode(), d.nameKk(), d.nameRu(), d.nameEn(), d.locality(), d.address(),
                        d.phone(), d.email(), d.openingHours(), d.active())
                .query(Long.class).single();
    }

    boolean update(long id, ProviderDraft d) {
        return jdbc.sql("""
                UPDATE service_provider SET kind = ?, region_code = ?, name_kk = ?, name_ru = ?, name_en = ?, locality = ?,
                       address = ?, phone = ?, email = ?, opening_hours = ?, active = ?, updated_at = now()
                WHERE id = ?""")
                .params(d.kind().name(), d.regionCode(), d.nameKk(), d.nameRu(), d.nameEn(), d.locality(), d.address(),
                        d.phone(), d.email(), d.openingHours(), d.active(), id)
                .update() == 1;
    }

    boolean setActive(long id, boolean active) {
        return jdbc.sql("UPDATE service_provider SET active = ?, updated_at = now() WHERE id = ?")
                .params(active, id).update() == 1;
    }

    private static String nameColumn(Locale locale) {
        return switch (locale == null ? "ru" : locale.getLanguage()) {
            case "kk" -> "name_kk";
            case "en" -> "name_en";
            default -> "name_ru";
        };
    }

    private static ServiceProvider map(ResultSet rs, int row) throws SQLException {
        return new ServiceProvider(rs.getLong("id"), ProviderKind.valueOf(rs.getString("kind")), rs.getString("region_code"),
                rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"), rs.getString("locality"),
                rs.getString("address"), rs.getString("phone"), rs.getString("email"), rs.getString("opening_hours"),
                rs.getBoolean("active"));
    }
}
