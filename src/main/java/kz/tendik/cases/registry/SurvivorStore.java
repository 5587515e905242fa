package kz.tendik.cases.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.tendik.cases.support.CaseColumns;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.shared.crypto.BlindIndex;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.crypto.IndexKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Survivors in the database: the profile as one ciphertext of its JSON (associated data
 * {@code survivor.profile:<id>}, the id taken from the sequence first) and the blind-index rows for exact search.
 */
@Repository
public class SurvivorStore {

    /**
     * The profile's JSON: a property the record does not have (written by a newer version) is ignored, one it has
     * that the JSON lacks (written by an older version) is {@code null}, so profiles of every version decrypt.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;

    SurvivorStore(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    /** A survivor as stored; {@code version} counts the changes of the profile (0 as registered). */
    public record Stored(long id, long centreId, long createdBy, Instant createdAt, int version,
                         SurvivorProfile profile) {
    }

    private static final String COLUMNS = "s.id, s.centre_id, s.created_by, s.created_at, s.version, s.profile";

    public long insert(SurvivorProfile profile, long centreId, long userId, Instant now) {
        long id = jdbc.sql("SELECT nextval('survivor_id_seq')").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO survivor (id, centre_id, profile, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, centreId, encrypt(id, profile), userId, Timestamp.from(now), Timestamp.from(now)).update();
        index(id, profile);
        return id;
    }

    /**
     * Replaces the profile of a survivor whose row the caller has locked ({@link #lockVersion}): re-encrypted, its
     * version counted up, its blind indexes written anew (a phone, IIN or name no longer in it is no longer found).
     */
    public void update(long id, SurvivorProfile profile, Instant now) {
        jdbc.sql("UPDATE survivor SET profile = ?, version = version + 1, updated_at = ? WHERE id = ?")
                .params(encrypt(id, profile), Timestamp.from(now), id).update();
        jdbc.sql("DELETE FROM survivor_lookup WHERE survivor_id = ?").param(id).update();
        index(id, profile);
    }

    /** The stored version, the row locked until the transaction ends; empty for an unknown id. */
    public Optional<Integer> lockVersion(long id) {
        return jdbc.sql("SELECT version FROM survivor WHERE id = ? FOR UPDATE").param(id).query(Integer.class).optional();
    }

    private void index(long id, SurvivorProfile profile) {
        for (Map.Entry<IndexKind, byte[]> entry : lookups(profile)) {
            jdbc.sql("INSERT INTO survivor_lookup (survivor_id, kind, hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, entry.getKey().name(), entry.getValue()).update();
        }
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survivor s WHERE s.id = ?").param(id)
                .query((rs, n) -> stored(rs)).optional();
    }

    private Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getInt(5),
                decrypt(rs.getLong(1), rs.getBytes(6)));
    }

    /** The initials of these survivors in one query (lists show no more of a name); "?" for an unknown id. */
    public Map<Long, String> initials(Collection<Long> ids) {
        Map<Long, String> initials = new HashMap<>();
        profiles(ids).forEach((id, profile) -> initials.put(id, profile.initials()));
        return initials;
    }

    /**
     * The profiles of these survivors, decrypted, in one query (for a list or a batch of an export: the caller keeps
     * only what it shows); an unknown id is left out.
     */
    public Map<Long, SurvivorProfile> profiles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, SurvivorProfile> profiles = new HashMap<>();
        jdbc.sql("SELECT id, profile FROM survivor WHERE id IN (:ids)").param("ids", new HashSet<>(ids))
                .query((rs, n) -> profiles.put(rs.getLong(1), decrypt(rs.getLong(1), rs.getBytes(2))))
                .list();
        return profiles;
    }

    /** The survivors registered at the centre or with a case there, decrypted (for partial search in scope). */
    public List<Stored> inCentreScope(long centreId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM survivor s
                WHERE s.centre_id = :centre OR EXISTS (SELECT 1 FROM case_file c WHERE c.survivor_id = s.id
                                                        AND c.centre_id = :centre)
                ORDER BY s.id""").param("centre", centreId)
                .query((rs, n) -> stored(rs)).list();
    }

    /** Survivors in the centre's scope whose blind index of {@code kind} is one of {@code hashes}, with the kind. */
    public Map<Long, Set<IndexKind>> matching(long centreId, Map<IndexKind, List<byte[]>> wanted) {
        Map<Long, Set<IndexKind>> found = new java.util.TreeMap<>();
        wanted.forEach((kind, hashes) -> {
            for (byte[] hash : hashes) {
                jdbc.sql("""
                        SELECT l.survivor_id FROM survivor_lookup l JOIN survivor s ON s.id = l.survivor_id
                        WHERE l.kind = :kind AND l.hash = :hash
                          AND (s.centre_id = :centre OR EXISTS (SELECT 1 FROM case_file c
                                WHERE c.survivor_id = s.id AND c.centre_id = :centre))""")
                        .param("kind", kind.name()).param("hash", hash).param("centre", centreId)
                        .query(Long.class).list()
                        .forEach(id -> found.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(kind));
            }
        });
        return found;
    }

    public byte[] encrypt(long id, SurvivorProfile profile) {
        return cipher.encrypt(JSON.writeValueAsString(profile), CaseColumns.SURVIVOR_PROFILE.associatedData(id));
    }

    public SurvivorProfile decrypt(long id, byte[] ciphertext) {
        return JSON.readValue(cipher.decrypt(ciphertext, CaseColumns.SURVIVOR_PROFILE.associatedData(id)),
                SurvivorProfile.class);
    }

    /** The blind indexes of a profile: IIN, each phone, the name as written and its Latin skeleton. */
    public List<Map.Entry<IndexKind, byte[]>> lookups(SurvivorProfile profile) {
        List<Map.Entry<IndexKind, byte[]>> rows = new ArrayList<>();
        add(rows, IndexKind.IIN, profile.iin());
        profile.phones().forEach(phone -> add(rows, IndexKind.PHONE, phone));
        add(rows, IndexKind.FULL_NAME, profile.fullName());
        add(rows, IndexKind.FULL_NAME_LATIN, profile.fullName());
        add(rows, IndexKind.FULL_NAME, profile.fullNameLatin());
        add(rows, IndexKind.FULL_NAME_LATIN, profile.fullNameLatin());
        return rows;
    }

    private void add(List<Map.Entry<IndexKind, byte[]>> rows, IndexKind kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        byte[] hash = index.of(kind, value);
        if (hash != null) {
            rows.add(Map.entry(kind, hash));
        }
    }

    /** The hashes to look for when searching by these values (a name is sought as written and as Latin). */
    public Map<IndexKind, List<byte[]>> wanted(String iin, String phone, String name) {
        Map<IndexKind, List<byte[]>> wanted = new java.util.EnumMap<>(IndexKind.class);
        put(wanted, IndexKind.IIN, iin);
        put(wanted, IndexKind.PHONE, phone);
        put(wanted, IndexKind.FULL_NAME, name);
        put(wanted, IndexKind.FULL_NAME_LATIN, name);
        return wanted;
    }

    /** The hashes to look for to find whoever shares a blind index with the profile (its IIN, phones and names). */
    public Map<IndexKind, List<byte[]>> wanted(SurvivorProfile profile) {
        Map<IndexKind, List<byte[]>> wanted = new java.util.EnumMap<>(IndexKind.class);
        lookups(profile).forEach(e -> wanted.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return wanted;
    }

    private void put(Map<IndexKind, List<byte[]>> wanted, IndexKind kind, String value) {
        byte[] hash = value == null || value.isBlank() ? null : index.of(kind, value);
        if (hash != null) {
            wanted.computeIfAbsent(kind, k -> new ArrayList<>()).add(hash);
        }
    }
}
