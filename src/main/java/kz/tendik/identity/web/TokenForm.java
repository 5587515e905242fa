package kz.tendik.identity.web;

/** A new personal access token: its name and lifetime in days. */
public class TokenForm {

    private String name;
    private Integer days = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
