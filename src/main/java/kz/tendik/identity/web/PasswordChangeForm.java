package kz.tendik.identity.web;

/** The password form on the account page. Never redisplays a password: the page clears them. */
public class PasswordChangeForm {

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private boolean revokePersonalTokens;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isRevokePersonalTokens() {
        return revokePersonalTokens;
    }

    public void setRevokePersonalTokens(boolean revokePersonalTokens) {
        this.revokePersonalTokens = revokePersonalTokens;
    }
}
