package kz.tendik.directory;

/** A centre, service provider or hotline was created, changed or (de)activated; published inside the writing transaction. */
public record DirectoryChanged(String objectType, long objectId) {
}
