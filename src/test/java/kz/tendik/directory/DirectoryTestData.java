package kz.tendik.directory;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Unique names for test data (tests share one database) and a look at the audit log. */
public final class DirectoryTestData {

    private DirectoryTestData() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static long auditEntries(JdbcClient jdbc, String action, String objectType, long objectId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_type = ? AND object_id = ?")
                .params(action, objectType, String.valueOf(objectId)).query(Long.class).single();
    }

    /** The id at the end of a redirect or Location such as {@code /directory/centres/42}. */
    public static long idFrom(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
