package kz.tendik.cases.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.SurvivorProfile;

/**
 * The case page's form that changes the survivor's profile: the fields of intake, every contact channel as a row
 * (kind, value, safe to call / text / visit) with one empty row to add another (a row whose value is cleared is
 * removed), and the version read.
 */
public class ProfileForm extends SurvivorForm {

    private Integer version;
    private List<Channel> contacts = new ArrayList<>();

    /** The stored profile at its version, with an empty row for a new channel. */
    static ProfileForm of(SurvivorProfile profile, int version) {
        ProfileForm form = new ProfileForm();
        form.fill(profile);
        form.version = version;
        profile.contacts().forEach(c -> form.contacts.add(Channel.of(c)));
        form.contacts.add(new Channel());
        return form;
    }

    @Override
    List<ContactChannel> contacts() {
        return contacts.stream().filter(row -> !blank(row.value))
                .map(row -> new ContactChannel(row.kind, row.value, row.safeToCall, row.safeToText, row.safeToVisit))
                .toList();
    }

    /**
     * The profile's field names and the form's: the emergency contact's as at intake, and each channel of the profile
     * to its row (rows left empty are not in the profile, so the numbers may differ).
     */
    Map<String, String> renames() {
        Map<String, String> renames = new HashMap<>(RENAMES);
        renames.keySet().removeIf(field -> field.startsWith("contacts"));
        int kept = 0;
        for (int row = 0; row < contacts.size(); row++) {
            if (!blank(contacts.get(row).value)) {
                for (String part : new String[] {"", ".kind", ".value"}) {
                    renames.put("contacts[" + kept + "]" + part, "contacts[" + row + "]" + (part.isEmpty() ? ".value" : part));
                }
                kept++;
            }
        }
        return renames;
    }

    /** Keeps an empty row at the end after a refused change, for a channel to add. */
    void keepAnEmptyRow() {
        if (contacts.isEmpty() || !blank(contacts.get(contacts.size() - 1).value)) {
            contacts.add(new Channel());
        }
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
    public List<Channel> getContacts() { return contacts; }
    public void setContacts(List<Channel> v) { contacts = v == null ? new ArrayList<>() : v; }

    /** One contact channel as the form's row. */
    public static class Channel {
        private ChannelKind kind = ChannelKind.PHONE;
        private String value;
        private boolean safeToCall;
        private boolean safeToText;
        private boolean safeToVisit;

        static Channel of(ContactChannel c) {
            Channel row = new Channel();
            row.kind = c.kind();
            row.value = c.value();
            row.safeToCall = c.safeToCall();
            row.safeToText = c.safeToText();
            row.safeToVisit = c.safeToVisit();
            return row;
        }

        public ChannelKind getKind() { return kind; }
        public void setKind(ChannelKind v) { kind = v; }
        public String getValue() { return value; }
        public void setValue(String v) { value = v; }
        public boolean isSafeToCall() { return safeToCall; }
        public void setSafeToCall(boolean v) { safeToCall = v; }
        public boolean isSafeToText() { return safeToText; }
        public void setSafeToText(boolean v) { safeToText = v; }
        public boolean isSafeToVisit() { return safeToVisit; }
        public void setSafeToVisit(boolean v) { safeToVisit = v; }
    }
}
