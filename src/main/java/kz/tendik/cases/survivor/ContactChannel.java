package kz.tendik.cases.survivor;

/**
 * One way to reach a survivor and whether it is safe to use: to call, to send a text, to visit (the perpetrator
 * may read the phone or live at the address).
 */
public record ContactChannel(ChannelKind kind, String value, boolean safeToCall, boolean safeToText,
                             boolean safeToVisit) {
}
