package kz.tendik.directory.provider;

import kz.tendik.directory.ProviderKind;
import kz.tendik.directory.ServiceProvider;

/** The service-provider form of the web pages; {@link #toDraft()} makes the command that is validated and saved. */
public class ProviderForm {

    private ProviderKind kind;
    private String regionCode;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String locality;
    private String address;
    private String phone;
    private String email;
    private String openingHours = "Mo-Fr 09:00-18:00";
    private boolean active = true;

    static ProviderForm of(ServiceProvider p) {
        ProviderForm form = new ProviderForm();
        form.kind = p.kind();
        form.regionCode = p.regionCode();
        form.nameKk = p.nameKk();
        form.nameRu = p.nameRu();
        form.nameEn = p.nameEn();
        form.locality = p.locality();
        form.address = p.address();
        form.phone = p.phone();
        form.email = p.email();
        form.openingHours = p.openingHours();
        form.active = p.active();
        return form;
    }

    ProviderDraft toDraft() {
        return new ProviderDraft(kind, regionCode, nameKk, nameRu, nameEn, locality, address, phone, email, openingHours,
                active);
    }

    public ProviderKind getKind() { return kind; }
    public void setKind(ProviderKind kind) { this.kind = kind; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getNameKk() { return nameKk; }
    public void setNameKk(String nameKk) { this.nameKk = nameKk; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
