package kz.tendik.directory;

import kz.tendik.shared.demo.DemoContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo centres and service providers. */
@Component
class DirectoryDemo implements DemoContributor {

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
        centre("KZ-71", "Астана қаласының отбасын қолдау орталығы", "Центр поддержки семьи города Астаны",
                "Astana Family Support Centre", "Astana", "Бейбітшілік көшесі, 25", "+7 7172 55 11 11");
        centre("KZ-75", "Алматы қаласының отбасын қолдау орталығы", "Центр поддержки семьи города Алматы",
                "Almaty Family Support Centre", "Almaty", "Абай даңғылы, 90", "+7 727 300 11 11");
    }

    private void centre(String region, String kk, String ru, String en, String locality, String address, String phone) {
        jdbc.sql("""
                INSERT INTO centre (region_code, name_kk, name_ru, name_en, locality, address, phone, opening_hours)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'Mon–Fri 09:00–18:00')""")
                .params(region, kk, ru, en, locality, address, phone).update();
    }
}
