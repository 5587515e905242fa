package kz.tendik.cases.survivor;

/** How a survivor can be reached. Phone-like channels hold a phone number, e-mail an address. */
public enum ChannelKind {
    PHONE, WHATSAPP, TELEGRAM, EMAIL, OTHER;

    public boolean holdsPhone() {
        return this == PHONE || this == WHATSAPP || this == TELEGRAM;
    }

    public String messageKey() {
        return "cases.channel." + name();
    }
}
