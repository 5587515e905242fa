package kz.tendik.cases.support;

import kz.tendik.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every ciphertext column of the cases module, for {@code tendik keys rotate}. Services encrypt with exactly these
 * columns' {@link EncryptedColumn#associatedData(Object)}.
 */
@Configuration(proxyBeanMethods = false)
public class CaseColumns {

    public static final EncryptedColumn SURVIVOR_PROFILE =
            new EncryptedColumn("survivor", "id", "profile", "survivor.profile:");
    public static final EncryptedColumn NOTE_BODY = new EncryptedColumn("case_note", "id", "body", "case_note.body:");
    public static final EncryptedColumn FOLLOW_UP_TITLE =
            new EncryptedColumn("follow_up", "id", "title", "follow_up.title:");
    public static final EncryptedColumn BREAK_GLASS_REASON =
            new EncryptedColumn("break_glass", "id", "reason", "break_glass.reason:");

    @Bean
    EncryptedColumn survivorProfileColumn() {
        return SURVIVOR_PROFILE;
    }

    @Bean
    EncryptedColumn caseNoteBodyColumn() {
        return NOTE_BODY;
    }

    @Bean
    EncryptedColumn followUpTitleColumn() {
        return FOLLOW_UP_TITLE;
    }

    @Bean
    EncryptedColumn breakGlassReasonColumn() {
        return BREAK_GLASS_REASON;
    }
}
