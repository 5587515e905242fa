package kz.tendik.cases.casefile;

/** What retention does to a case now: nothing, purge its free text, or purge the whole record. */
public enum RetentionStep {
    NONE, TEXT, RECORD
}
