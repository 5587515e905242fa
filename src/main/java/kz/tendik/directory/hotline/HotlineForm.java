package kz.tendik.directory.hotline;

import kz.tendik.directory.Hotline;

/** The hotline form of the web pages; {@link #toDraft()} makes the command that is validated and saved. */
public class HotlineForm {

    private String number;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String descriptionKk;
    private String descriptionRu;
    private String descriptionEn;
    private boolean aroundTheClock;
    private boolean freeOfCharge = true;
    private Integer sortOrder = 100;
    private boolean active = true;

    static HotlineForm of(Hotline h) {
        HotlineForm form = new HotlineForm();
        form.number = h.number();
        form.nameKk = h.nameKk();
        form.nameRu = h.nameRu();
        form.nameEn = h.nameEn();
        form.descriptionKk = h.descriptionKk();
        form.descriptionRu = h.descriptionRu();
        form.descriptionEn = h.descriptionEn();
        form.aroundTheClock = h.aroundTheClock();
        form.freeOfCharge = h.freeOfCharge();
        form.sortOrder = h.sortOrder();
        form.active = h.active();
        return form;
    }

    HotlineDraft toDraft() {
        return new HotlineDraft(number, nameKk, nameRu, nameEn, descriptionKk, descriptionRu, descriptionEn,
                aroundTheClock, freeOfCharge, sortOrder, active);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getNameKk() { return nameKk; }
    public void setNameKk(String nameKk) { this.nameKk = nameKk; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionKk() { return descriptionKk; }
    public void setDescriptionKk(String descriptionKk) { this.descriptionKk = descriptionKk; }
    public String getDescriptionRu() { return descriptionRu; }
    public void setDescriptionRu(String descriptionRu) { this.descriptionRu = descriptionRu; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public boolean isAroundTheClock() { return aroundTheClock; }
    public void setAroundTheClock(boolean aroundTheClock) { this.aroundTheClock = aroundTheClock; }
    public boolean isFreeOfCharge() { return freeOfCharge; }
    public void setFreeOfCharge(boolean freeOfCharge) { this.freeOfCharge = freeOfCharge; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
