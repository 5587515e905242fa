package kz.tendik.cases.survivor;

/**
 * One way to reach a survivor and whether it is safe to use: to call, to send a text, to visit (the perpetrator
 * may read the phone or live at the address). A flag not given is "not safe".
 */
public record ContactChannel(ChannelKind kind, String value, Boolean safeToCall, Boolean safeToText,
                             Boolean safeToVisit) {

    public ContactChannel {
        safeToCall = Boolean.TRUE.equals(safeToCall);
        safeToText = Boolean.TRUE.equals(safeToText);
        safeToVisit = Boolean.TRUE.equals(safeToVisit);
    }
}
