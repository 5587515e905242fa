package kz.tendik.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import kz.tendik.shared.demo.DemoContributor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo centres (27, in 17 regions) and service providers (115), from {@code demo/directory/*.psv}: real cities and
 * streets, invented house numbers, phone numbers and e-mail addresses ({@code @demo.tendik.kz}). The first centres
 * of Astana (KZ-71) and Almaty (KZ-75) come first: the demo users belong to them. Hotlines are national facts and
 * come from the migration, not from here.
 */
@Component
class DirectoryDemo implements DemoContributor {

    private static final Pattern BAR = Pattern.compile("\\|");

    private final JdbcClient jdbc;

    DirectoryDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        for (String[] c : rows("demo/directory/centres.psv", 12)) {
            jdbc.sql("""
                    INSERT INTO centre (region_code, name_kk, name_ru, name_en, locality, address, phone, opening_hours,
                                        services, shelter_places, latitude, longitude)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?)""")
                    .params(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], Integer.parseInt(c[9]),
                            Double.parseDouble(c[10]), Double.parseDouble(c[11])).update();
        }
        for (String[] p : rows("demo/directory/providers.psv", 10)) {
            jdbc.sql("""
                    INSERT INTO service_provider (kind, region_code, name_kk, name_ru, name_en, locality, address, phone,
                                                  email, opening_hours)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?)""")
                    .params((Object[]) p).update();
        }
    }

    /** The rows of a pipe-separated file, without blank lines and {@code #} comments. */
    static List<String[]> rows(String resource, int columns) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> BAR.split(line, -1))
                    .peek(row -> {
                        if (row.length != columns) {
                            throw new IllegalStateException(resource + ": expected " + columns + " columns: " + row[0]);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
