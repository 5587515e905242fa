package kz.tendik.portal.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editing form of one page in one language. */
record PageForm(
        @NotBlank(message = "{validation.required}") @Size(max = PageEditing.MAX_TITLE, message = "{validation.tooLong}")
        String title,
        @NotBlank(message = "{validation.required}") @Size(max = PageEditing.MAX_BODY, message = "{validation.tooLong}")
        String body) {
}
