package kz.tendik.portal.centres;

import kz.tendik.directory.Centre;

/** A centre that matched a search, with its distance from the visitor when she shared her position. */
public record FoundCentre(Centre centre, Long distanceKm) {
}
