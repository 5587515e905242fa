package kz.tendik.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.admin.UserAdministration;
import kz.tendik.identity.admin.UserAdministration.UserSummary;
import kz.tendik.identity.admin.UserForm;
import kz.tendik.shared.web.UserInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration through the API. Errors are problem details naming the field. */
@RestController
@RequestMapping("/api/v1/users")
@Requires(Action.USER_MANAGE)
class UserApiController {

    private final UserAdministration administration;

    UserApiController(UserAdministration administration) {
        this.administration = administration;
    }

    record UserView(long id, String username, String displayName, String role, String scope, String regionCode,
                    Long centreId, String language, boolean enabled, boolean twoFactorEnrolled, Instant createdAt,
                    Boolean locked, Instant lockedUntil) {

        static UserView of(UserAccount a, UserSummary summary) {
            return new UserView(a.id(), a.username(), a.displayName(), a.role().name(), a.orgUnit().level().name(),
                    a.orgUnit().regionCode(), a.orgUnit().centreId(), a.language(), a.enabled(), a.twoFactorEnrolled(),
                    a.createdAt(), summary == null ? null : summary.locked(),
                    summary == null ? null : summary.lockedUntil());
        }
    }

    record NewUser(@NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String username,
                   @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String displayName,
                   @NotBlank(message = "{validation.required}") String role,
                   @NotBlank(message = "{validation.required}") String scope,
                   String regionCode, Long centreId,
                   @NotBlank(message = "{validation.required}") String language,
                   @NotBlank(message = "{validation.required}") @Size(max = 256, message = "{validation.tooLong}") String password) {
    }

    record UserChange(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String displayName,
                      @NotBlank(message = "{validation.required}") String role,
                      @NotBlank(message = "{validation.required}") String scope,
                      String regionCode, Long centreId,
                      @NotBlank(message = "{validation.required}") String language,
                      @NotNull(message = "{validation.required}") Boolean enabled) {
    }

    @GetMapping
    List<UserView> list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) String role,
                        @RequestParam(required = false) String region, @RequestParam(required = false) String q) {
        Role roleFilter = null;
        if (role != null && !role.isBlank()) {
            try {
                roleFilter = Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("role", "validation.invalidValue");
            }
        }
        return administration.search(admin, roleFilter, region, q).stream().map(a -> UserView.of(a, null)).toList();
    }

    @PostMapping
    ResponseEntity<UserView> create(@AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody NewUser body) {
        long id = administration.create(admin, new UserForm(body.username(), body.displayName(), body.role(),
                body.scope(), body.regionCode(), body.centreId(), body.language(), body.password(), true));
        return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(view(admin, id));
    }

    @GetMapping("/{id}")
    UserView get(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
        return view(admin, id);
    }

    @PutMapping("/{id}")
    UserView update(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
                    @Valid @RequestBody UserChange body) {
        administration.update(admin, id, new UserForm(null, body.displayName(), body.role(), body.scope(),
                body.regionCode(), body.centreId(), body.language(), null, body.enabled()));
        return view(admin, id);
    }

    @PostMapping("/{id}/two-factor/reset")
    ResponseEntity<Void> resetTwoFactor(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
        administration.resetTwoFactor(admin, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unlock")
    ResponseEntity<Void> unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
        administration.unlock(admin, id);
        return ResponseEntity.noContent().build();
    }

    private UserView view(CurrentUser admin, long id) {
        UserSummary summary = administration.find(admin, id);
        return UserView.of(summary.account(), summary);
    }
}
