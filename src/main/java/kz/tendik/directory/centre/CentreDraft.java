package kz.tendik.directory.centre;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import kz.tendik.directory.CentreService;
import kz.tendik.directory.Names;
import kz.tendik.directory.support.PhoneNumber;

import static kz.tendik.directory.support.Text.tidy;

/**
 * What an administrator enters for a centre (the JSON body of the API, and what the web form makes). Text is
 * tidied on construction; {@code services} defaults to none and {@code active} to true.
 */
public record CentreDraft(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "KZ-[0-9]{2}", message = "{validation.invalidValue}")
        String regionCode,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameKk,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameRu,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameEn,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String locality,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String address,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @PhoneNumber
        String phone,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String openingHours,
        Set<CentreService> services,
        @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}")
        @Max(value = 10_000, message = "{validation.invalidValue}") Integer shelterPlaces,
        Boolean active) {

    public CentreDraft {
        regionCode = tidy(regionCode);
        nameKk = tidy(nameKk);
        nameRu = tidy(nameRu);
        nameEn = tidy(nameEn);
        locality = tidy(locality);
        address = tidy(address);
        phone = tidy(phone);
        openingHours = tidy(openingHours);
        services = services == null || services.isEmpty() ? EnumSet.noneOf(CentreService.class) : EnumSet.copyOf(services);
        active = active == null || active;
    }

    Names names() {
        return new Names(nameKk, nameRu, nameEn);
    }
}
