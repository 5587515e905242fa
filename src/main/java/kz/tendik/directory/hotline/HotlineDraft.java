package kz.tendik.directory.hotline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import kz.tendik.directory.support.PhoneNumber;

import static kz.tendik.directory.support.Text.tidy;

/**
 * What an administrator enters for a hotline (API body; made by the web form). Names are required in all three
 * languages, descriptions are optional; the flags default to false, the order to 0 and {@code active} to true.
 */
public record HotlineDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") @PhoneNumber
        String number,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameKk,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameRu,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameEn,
        @Size(max = 1000, message = "{validation.tooLong}") String descriptionKk,
        @Size(max = 1000, message = "{validation.tooLong}") String descriptionRu,
        @Size(max = 1000, message = "{validation.tooLong}") String descriptionEn,
        Boolean aroundTheClock,
        Boolean freeOfCharge,
        @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}")
        @Max(value = 10_000, message = "{validation.invalidValue}") Integer sortOrder,
        Boolean active) {

    public HotlineDraft {
        number = tidy(number);
        nameKk = tidy(nameKk);
        nameRu = tidy(nameRu);
        nameEn = tidy(nameEn);
        descriptionKk = orEmpty(descriptionKk);
        descriptionRu = orEmpty(descriptionRu);
        descriptionEn = orEmpty(descriptionEn);
        aroundTheClock = aroundTheClock != null && aroundTheClock;
        freeOfCharge = freeOfCharge != null && freeOfCharge;
        sortOrder = sortOrder == null ? Integer.valueOf(0) : sortOrder;
        active = active == null || active;
    }

    private static String orEmpty(String text) {
        String tidied = tidy(text);
        return tidied == null ? "" : tidied;
    }
}
