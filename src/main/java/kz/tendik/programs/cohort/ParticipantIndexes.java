package kz.tendik.programs.cohort;

import java.util.List;

import kz.tendik.shared.crypto.BlindIndex;
import kz.tendik.shared.crypto.FieldCipher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The blind index of a participant's name as written and year of birth ({@link BlindIndex#nameAndBirthYear}): how
 * a second enrolment of the same woman in a cohort is recognised without decrypting anyone. Participants stored
 * before the index existed are indexed once when the application starts (idempotent, so any node may do it).
 */
@Component
class ParticipantIndexes {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final BlindIndex index;
    private final FieldCipher cipher;

    ParticipantIndexes(JdbcClient jdbc, BlindIndex index, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.index = index;
        this.cipher = cipher;
    }

    byte[] of(String name, int birthYear) {
        return index.nameAndBirthYear(name, birthYear);
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexTheUnindexed() {
        record Row(long id, byte[] person, int birthYear) {
        }
        List<Row> rows;
        long after = 0;
        do {
            rows = jdbc.sql("""
                            SELECT id, person, birth_year FROM participant
                            WHERE person_index IS NULL AND id > ? ORDER BY id LIMIT ?""").params(after, BATCH)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getBytes(2), rs.getInt(3))).list();
            for (Row r : rows) {
                String name = Enrolments.decode(cipher.decrypt(r.person(),
                        ProgramsColumns.PARTICIPANT_PERSON.associatedData(r.id())))[0];
                jdbc.sql("UPDATE participant SET person_index = ? WHERE id = ? AND person_index IS NULL")
                        .params(of(name, r.birthYear()), r.id()).update();
                after = r.id();
            }
        } while (rows.size() == BATCH);
    }
}
