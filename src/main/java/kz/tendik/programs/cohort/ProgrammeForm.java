package kz.tendik.programs.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The programme form of the web pages; modules are one per line. */
public class ProgrammeForm {

    private ProgrammeKind kind;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String goalKk;
    private String goalRu;
    private String goalEn;
    private String modules;
    private String eligibility;
    private List<String> languages = new ArrayList<>(List.of("kk", "ru"));
    private String regionCode;

    static ProgrammeForm of(Programme p) {
        ProgrammeForm f = new ProgrammeForm();
        f.kind = p.kind();
        f.nameKk = p.nameKk();
        f.nameRu = p.nameRu();
        f.nameEn = p.nameEn();
        f.goalKk = p.goalKk();
        f.goalRu = p.goalRu();
        f.goalEn = p.goalEn();
        f.modules = String.join("\n", p.modules());
        f.eligibility = p.eligibility();
        f.languages = new ArrayList<>(p.languages());
        f.regionCode = p.regionCode();
        return f;
    }

    ProgrammeDraft toDraft() {
        return new ProgrammeDraft(kind, nameKk, nameRu, nameEn, goalKk, goalRu, goalEn,
                modules == null ? List.of() : Arrays.asList(modules.split("\\R")), eligibility,
                languages == null ? List.of() : languages, regionCode);
    }

    public ProgrammeKind getKind() { return kind; }
    public void setKind(ProgrammeKind kind) { this.kind = kind; }
    public String getNameKk() { return nameKk; }
    public void setNameKk(String nameKk) { this.nameKk = nameKk; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getGoalKk() { return goalKk; }
    public void setGoalKk(String goalKk) { this.goalKk = goalKk; }
    public String getGoalRu() { return goalRu; }
    public void setGoalRu(String goalRu) { this.goalRu = goalRu; }
    public String getGoalEn() { return goalEn; }
    public void setGoalEn(String goalEn) { this.goalEn = goalEn; }
    public String getModules() { return modules; }
    public void setModules(String modules) { this.modules = modules; }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String eligibility) { this.eligibility = eligibility; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
}
