package kz.tendik.indicators.results;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A stored index value for one geography and year, recomputed from the current indicator values (table
 * {@code indicator_index_result}).
 *
 * @param indexCode     {@code GII}, {@code GDI}, {@code HDI_F}, {@code HDI_M}, {@code GGGI}, {@code GGGI_ECONOMIC},
 *                      {@code GGGI_EDUCATION}, {@code GGGI_HEALTH}, {@code GGGI_POLITICAL}, {@code PAY_GAP_MEAN},
 *                      {@code PAY_GAP_MEDIAN}, {@code WOMEN_SHARE_MAZHILIS}, {@code WOMEN_SHARE_SENATE},
 *                      {@code WOMEN_SHARE_MASLIKHAT} (see {@link IndexResults#CODES})
 * @param geography     ISO 3166-1 alpha-3, an HDR aggregate ({@code ZZK.WORLD}) or ISO 3166-2:KZ
 * @param value         the unrounded value; {@code null} exactly when not {@code computable}
 * @param components    the method's intermediate values by name (e.g. {@code health_f}, {@code harm},
 *                      {@code gdi_group}), and {@code published}: the source's own figure where the store has one
 * @param inputs        input name (e.g. {@code se_f}, {@code gggi_wage}) → the stored revision used
 * @param methodVersion the method as {@code code@version}, e.g. {@code undp-gii@hdr-2023-24}
 * @param missing       input names that were missing (for a computable GGGI, those whose weight was re-scaled)
 * @param outOfRange    inputs given but outside the method's domain, each with the reason (English, for analysts)
 */
public record IndexResult(String indexCode, String geography, int year, Double value, Map<String, Object> components,
                          Map<String, Input> inputs, String methodVersion, boolean computable, List<String> missing,
                          List<String> outOfRange, OffsetDateTime computedAt) {

    /**
     * One stored value used as an input.
     *
     * @param indicator catalogue code
     * @param sex       F, M or T
     * @param period    the period of the value ({@code 2022})
     * @param valueId   the id of the revision ({@code indicator_value.id})
     * @param importId  the import that brought it
     */
    public record Input(String indicator, String sex, String period, BigDecimal value, long valueId, long importId) {
    }
}
