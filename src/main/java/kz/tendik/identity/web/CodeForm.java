package kz.tendik.identity.web;

/** One field forms of the two-factor page: a code from the authenticator app, or the current password. */
public class CodeForm {

    private String code;
    private String password;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
