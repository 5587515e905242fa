package kz.tendik.indicators;

/** Whose value: women, men, or everyone together. */
public enum Sex {
    FEMALE, MALE, TOTAL
}
