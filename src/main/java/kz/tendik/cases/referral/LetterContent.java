package kz.tendik.cases.referral;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.SurvivorProfile;

/**
 * The rules of what a referral letter says about the survivor (decision 0012): her language, her name shortened to
 * the first word and the initial of the last unless she agreed to share the full name, and only the contact channels
 * flagged safe to call or to text. Nothing else of the profile (IIN, birth date, address) and never a narrative.
 */
final class LetterContent {

    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private LetterContent() {
    }

    /** The survivor's first preferred language that documents are written in, else the user's. */
    static Locale language(SurvivorProfile profile, Locale userLocale) {
        return profile.languages().stream().map(l -> l == null ? "" : l.strip().toLowerCase(Locale.ROOT))
                .filter(LANGUAGES::contains).findFirst().map(Locale::forLanguageTag)
                .orElse(LANGUAGES.contains(userLocale.getLanguage()) ? userLocale : Locale.forLanguageTag("ru"));
    }

    /** "Айгүл Ж." for "Айгүл Серікқызы Жұмабаева"; the full name only when the survivor agreed to share it. */
    static String name(String fullName, boolean shareFullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        String[] words = Arrays.stream(fullName.strip().split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (shareFullName || words.length == 1) {
            return String.join(" ", words);
        }
        String last = words[words.length - 1];
        return words[0] + " " + new String(Character.toChars(Character.toUpperCase(last.codePointAt(0)))) + ".";
    }

    /** The channels that are safe to call or to text; never one that is only safe to visit (an address), nor
     * one of kind {@code OTHER} whose nature the provider cannot know. */
    static List<ContactChannel> safeChannels(SurvivorProfile profile) {
        return profile.contacts().stream()
                .filter(c -> c.value() != null && !c.value().isBlank() && c.kind() != null
                        && c.kind() != ChannelKind.OTHER)
                .filter(c -> c.safeToCall() || c.safeToText())
                .toList();
    }
}
