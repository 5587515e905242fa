package kz.tendik.cases.safety;

import kz.tendik.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ciphertext columns of risk assessments, safety plans and protective measures, for key rotation. */
@Configuration(proxyBeanMethods = false)
public class SafetyColumns {

    public static final EncryptedColumn RAISE_REASON =
            new EncryptedColumn("risk_assessment", "id", "raise_reason", "risk_assessment.raise_reason:");
    public static final EncryptedColumn SAFETY_PLAN = new EncryptedColumn("safety_plan", "case_id", "plan", "safety_plan.plan:");
    public static final EncryptedColumn BREACH_NOTE = new EncryptedColumn("measure_breach", "id", "note", "measure_breach.note:");

    @Bean
    EncryptedColumn riskRaiseReasonColumn() {
        return RAISE_REASON;
    }

    @Bean
    EncryptedColumn safetyPlanColumn() {
        return SAFETY_PLAN;
    }

    @Bean
    EncryptedColumn measureBreachNoteColumn() {
        return BREACH_NOTE;
    }
}
