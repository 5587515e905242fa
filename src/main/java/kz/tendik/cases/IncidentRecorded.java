package kz.tendik.cases;

/** An incident was recorded on a case; carries only {@link IncidentFigures} (nothing that identifies a person). */
public record IncidentRecorded(IncidentFigures incident) {
}
