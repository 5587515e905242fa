package kz.tendik.cases;

/** A recorded incident was changed; carries its figures as they are now (nothing that identifies a person). */
public record IncidentUpdated(IncidentFigures incident) {
}
