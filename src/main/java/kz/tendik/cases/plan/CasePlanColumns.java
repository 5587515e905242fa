package kz.tendik.cases.plan;

import kz.tendik.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ciphertext column of case plans, for key rotation. */
@Configuration(proxyBeanMethods = false)
public class CasePlanColumns {

    public static final EncryptedColumn GOALS =
            new EncryptedColumn("case_plan", "case_id", "goals", "case_plan.goals:");

    @Bean
    EncryptedColumn casePlanGoalsColumn() {
        return GOALS;
    }
}
