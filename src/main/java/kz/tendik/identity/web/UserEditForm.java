package kz.tendik.identity.web;

import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.admin.UserForm;

/** The administrator's user form; {@code username} and {@code password} are used only when creating. */
public class UserEditForm {

    private String username;
    private String displayName;
    private String role;
    private String scope;
    private String regionCode;
    private Long centreId;
    private String language = "kk";
    private String password;
    private boolean enabled = true;

    static UserEditForm of(UserAccount account) {
        UserEditForm form = new UserEditForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.role = account.role().name();
        form.scope = account.orgUnit().level().name();
        form.regionCode = account.orgUnit().regionCode();
        form.centreId = account.orgUnit().centreId();
        form.language = account.language();
        form.enabled = account.enabled();
        return form;
    }

    UserForm toUserForm() {
        return new UserForm(username, displayName, role, scope, regionCode, centreId, language, password, enabled);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
