package kz.tendik.directory.provider;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.tendik.directory.Names;
import kz.tendik.directory.ProviderKind;
import kz.tendik.directory.support.PhoneNumber;

import static kz.tendik.directory.support.Text.tidy;

/** What an administrator enters for a service provider (API body; made by the web form). E-mail is optional. */
public record ProviderDraft(
        @NotNull(message = "{validation.required}") ProviderKind kind,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "KZ-[0-9]{2}", message = "{validation.invalidValue}")
        String regionCode,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameKk,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameRu,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameEn,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String locality,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String address,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @PhoneNumber
        String phone,
        @Size(max = 120, message = "{validation.tooLong}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{directory.validation.email}") String email,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String openingHours,
        Boolean active) {

    public ProviderDraft {
        regionCode = tidy(regionCode);
        nameKk = tidy(nameKk);
        nameRu = tidy(nameRu);
        nameEn = tidy(nameEn);
        locality = tidy(locality);
        address = tidy(address);
        phone = tidy(phone);
        email = tidy(email);
        openingHours = tidy(openingHours);
        active = active == null || active;
    }

    Names names() {
        return new Names(nameKk, nameRu, nameEn);
    }
}
