package kz.tendik.portal.centres;

/**
 * Where the visitor is, as her browser told it for one search. It lives for one request only: never stored,
 * never logged, never put in a link.
 */
record Position(double latitude, double longitude) {

    /** The position from two request parameters, or {@code null} when either is missing or not a coordinate. */
    static Position parse(String latitude, String longitude) {
        if (latitude == null || longitude == null || latitude.isBlank() || longitude.isBlank()) {
            return null;
        }
        try {
            double lat = Double.parseDouble(latitude.trim());
            double lon = Double.parseDouble(longitude.trim());
            if (Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                return new Position(lat, lon);
            }
        } catch (NumberFormatException notANumber) {
            // falls through: an unreadable position is treated as none
        }
        return null;
    }

    @Override
    public String toString() {
        return "Position[withheld]"; // never let a position reach a log line by accident
    }
}
