package kz.tendik.cases.file;

import java.time.Instant;

import kz.tendik.cases.casefile.CaseFacts;
import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.cases.casefile.FamilyCategory;

/** A case file as stored, with the facts its stage is derived from. */
public record CaseRow(long id, String caseNumber, long survivorId, long centreId, FamilyCategory familyCategory,
                      Instant openedAt, long openedBy, CaseFacts facts, boolean legalHold, int version) {

    public CaseStage stage() {
        return facts.stage();
    }
}
