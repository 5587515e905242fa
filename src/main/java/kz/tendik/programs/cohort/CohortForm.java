package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The cohort form of the web pages. Sessions come as two parallel arrays (bound without splitting at commas) (one date and one topic per row, rows added
 * and removed with htmx); rows left entirely empty are ignored. Sessions are part of opening a cohort only.
 */
public class CohortForm {

    private Long programmeId;
    private String name;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private boolean online;
    private String place;
    private String regionCode;
    private Integer capacity;
    private List<Long> facilitatorIds = new ArrayList<>();
    private String[] sessionDate = {};
    private String[] sessionTopic = {};
    private Integer version;

    static CohortForm of(Cohort c) {
        CohortForm f = new CohortForm();
        f.programmeId = c.programmeId();
        f.name = c.name();
        f.startsOn = c.startsOn();
        f.endsOn = c.endsOn();
        f.online = c.online();
        f.place = c.place();
        f.regionCode = c.regionCode();
        f.capacity = c.capacity();
        f.facilitatorIds = new ArrayList<>(c.facilitatorIds());
        f.version = c.version();
        return f;
    }

    /** The draft; a session row whose date cannot be read keeps a null date, so it is named as missing. */
    CohortDraft toDraft() {
        List<CohortDraft.SessionDraft> sessions = new ArrayList<>();
        String[] dates = sessionDate == null ? new String[0] : sessionDate;
        String[] topics = sessionTopic == null ? new String[0] : sessionTopic;
        for (int i = 0; i < Math.max(dates.length, topics.length); i++) {
            String date = i < dates.length ? dates[i] : null;
            String topic = i < topics.length ? topics[i] : null;
            if (Problems.blank(date) && Problems.blank(topic)) {
                continue;
            }
            sessions.add(new CohortDraft.SessionDraft(parse(date), topic));
        }
        return new CohortDraft(programmeId, name, startsOn, endsOn, online, place, regionCode, capacity,
                facilitatorIds == null ? List.of() : facilitatorIds, sessions);
    }

    private static LocalDate parse(String date) {
        try {
            return Problems.blank(date) ? null : LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean online) { this.online = online; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public List<Long> getFacilitatorIds() { return facilitatorIds; }
    public void setFacilitatorIds(List<Long> facilitatorIds) { this.facilitatorIds = facilitatorIds; }
    public String[] getSessionDate() { return sessionDate; }
    public void setSessionDate(String[] sessionDate) { this.sessionDate = sessionDate; }
    public String[] getSessionTopic() { return sessionTopic; }
    public void setSessionTopic(String[] sessionTopic) { this.sessionTopic = sessionTopic; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
