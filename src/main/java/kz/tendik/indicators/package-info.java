/**
 * Indicators: the gender-equality index engine (UNDP GII, HDI by sex and GDI, WEF GGGI, unadjusted pay gap,
 * women's representation), each reproducing its published method exactly, and the analysts' {@code indices}
 * command. Every result keeps its inputs and the {@link kz.tendik.indicators.IndexMethod} that produced it;
 * missing inputs give {@link kz.tendik.indicators.Outcome.NotComputable}, never a guess.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package kz.tendik.indicators;
