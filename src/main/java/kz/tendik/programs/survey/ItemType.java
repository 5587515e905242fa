package kz.tendik.programs.survey;

/**
 * What an item asks for: one of the instrument's answer options ({@code CHOICE}), or yes/no ({@code YES_NO},
 * stored as {@link #YES} = 1 and {@link #NO} = 0, shown with the shared {@code common.yes}/{@code common.no} texts).
 */
public enum ItemType {
    CHOICE, YES_NO;

    public static final int YES = 1;
    public static final int NO = 0;
}
