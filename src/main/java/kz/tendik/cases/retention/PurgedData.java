package kz.tendik.cases.retention;

import java.util.List;

/**
 * The one list of what retention removes, per table, so that a new part of the module adds its lines here.
 * {@link #TEXT}: the free-text columns cleared when a closed case's text is due (the row keeps its codes and dates);
 * {@link #RECORD}: the tables whose rows of the case are deleted when the whole record is due, children first, the
 * case last. Each condition selects the rows of the case {@code :caseId}.
 */
final class PurgedData {

    private PurgedData() {
    }

    /** A free-text column; {@code deleteRow} when the row is nothing but that text (the safety plan). */
    record TextColumn(String table, String column, String rowsOfCase, boolean deleteRow) {
        String label() {
            return table + "." + column;
        }
    }

    /** A table of the record and the condition that selects the case's rows. */
    record RecordTable(String table, String rowsOfCase) {
    }

    private static final String INCIDENTS = "incident_id IN (SELECT id FROM incident WHERE case_id = :caseId)";
    private static final String MEASURES = "measure_id IN (SELECT id FROM protective_measure WHERE case_id = :caseId)";
    private static final String OF_CASE = "case_id = :caseId";

    static final List<TextColumn> TEXT = List.of(
            new TextColumn("incident", "narrative", OF_CASE, false),
            new TextColumn("perpetrator", "details", INCIDENTS, false),
            new TextColumn("case_note", "body", OF_CASE, false),
            new TextColumn("follow_up", "title", OF_CASE, false),
            new TextColumn("safety_plan", "plan", OF_CASE, true),
            new TextColumn("case_plan", "goals", OF_CASE, false),
            new TextColumn("risk_assessment", "raise_reason", OF_CASE, false),
            new TextColumn("measure_breach", "note", MEASURES, false),
            new TextColumn("case_closure", "note", OF_CASE, false),
            new TextColumn("case_closure", "return_reason", OF_CASE, false),
            new TextColumn("case_reopening", "reason", OF_CASE, false),
            new TextColumn("referral", "override_note", OF_CASE, false),
            new TextColumn("referral", "answer_note", OF_CASE, false),
            new TextColumn("referral", "answered_by", OF_CASE, false),
            new TextColumn("case_transfer", "override_note", OF_CASE, false),
            new TextColumn("case_service", "note", OF_CASE, false));

    static final List<RecordTable> RECORD = List.of(
            new RecordTable("perpetrator", INCIDENTS),
            new RecordTable("incident", OF_CASE),
            new RecordTable("measure_breach", MEASURES),
            new RecordTable("protective_measure", OF_CASE),
            new RecordTable("risk_assessment", OF_CASE),
            new RecordTable("safety_plan", OF_CASE),
            new RecordTable("case_service", OF_CASE), // before the planned services it may name
            new RecordTable("case_plan_service", OF_CASE),
            new RecordTable("case_plan", OF_CASE),
            new RecordTable("case_note", OF_CASE),
            new RecordTable("follow_up", OF_CASE),
            new RecordTable("referral", OF_CASE),
            new RecordTable("case_transfer", OF_CASE),
            new RecordTable("programme_referral", OF_CASE),
            new RecordTable("consent", OF_CASE),
            new RecordTable("case_closure", OF_CASE),
            new RecordTable("case_reopening", OF_CASE),
            new RecordTable("legal_hold", OF_CASE),
            new RecordTable("break_glass", OF_CASE),
            new RecordTable("case_event", OF_CASE),
            new RecordTable("case_assignment", OF_CASE),
            new RecordTable("idempotency_key",
                    "(operation LIKE ('%:' || :caseId)) OR (operation = 'case.open' AND response_id = :caseId)"),
            new RecordTable("case_file", "id = :caseId"));
}
