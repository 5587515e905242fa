package kz.tendik.audit.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditSearchTest {

    @Test
    void anActionPrefixIsMatchedLiterallyNotAsAPattern() {
        assertThat(AuditSearch.likePrefix("signin")).isEqualTo("signin%");
        assertThat(AuditSearch.likePrefix("%")).isEqualTo("\\%%");
        assertThat(AuditSearch.likePrefix("a_b\\")).isEqualTo("a\\_b\\\\%");
    }

    @Test
    void filterValuesAreBoundNeverWrittenIntoTheSql() {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = AuditSearch.where(new AuditFilter("x' OR '1'='1", " case ", "", null, null, null, null), params);

        assertThat(where).doesNotContain("OR '1'").contains("actor_name = :actor").contains("action LIKE :action");
        assertThat(params).containsEntry("actor", "x' OR '1'='1").containsEntry("action", "case%")
                .doesNotContainKey("objectType");
    }

    @Test
    void theReadIsDescribedByItsFilterOnly() {
        assertThat(AuditFilter.NONE.describe()).isNull();
        assertThat(new AuditFilter("auditor", "signin", null, null, null, null, null).describe())
                .isEqualTo("actor=auditor action=signin");
    }
}
