package kz.tendik.directory.centre;

import java.util.EnumSet;
import java.util.Set;

import kz.tendik.directory.Centre;
import kz.tendik.directory.CentreService;

/** The centre form of the web pages; {@link #toDraft()} makes the command that is validated and saved. */
public class CentreForm {

    private String regionCode;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String locality;
    private String address;
    private String phone;
    private String openingHours = "Mo-Fr 09:00-18:00";
    private Set<CentreService> services = EnumSet.noneOf(CentreService.class);
    private Integer shelterPlaces = 0;
    private boolean active = true;

    static CentreForm of(Centre c) {
        CentreForm form = new CentreForm();
        form.regionCode = c.regionCode();
        form.nameKk = c.nameKk();
        form.nameRu = c.nameRu();
        form.nameEn = c.nameEn();
        form.locality = c.locality();
        form.address = c.address();
        form.phone = c.phone();
        form.openingHours = c.openingHours();
        form.services = c.services().isEmpty() ? EnumSet.noneOf(CentreService.class) : EnumSet.copyOf(c.services());
        form.shelterPlaces = c.shelterPlaces();
        form.active = c.active();
        return form;
    }

    CentreDraft toDraft() {
        return new CentreDraft(regionCode, nameKk, nameRu, nameEn, locality, address, phone, openingHours, services,
                shelterPlaces, active);
    }

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
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
    public Set<CentreService> getServices() { return services; }
    public void setServices(Set<CentreService> services) { this.services = services; }
    public Integer getShelterPlaces() { return shelterPlaces; }
    public void setShelterPlaces(Integer shelterPlaces) { this.shelterPlaces = shelterPlaces; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
