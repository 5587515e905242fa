package kz.tendik.programs.cohort;

import java.util.Locale;

import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.portal.PortalPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public certificate check, without signing in: {@code /certificates} asks for the code printed on a
 * certificate, {@code /certificates/{code}} shows whether it is valid or revoked, the name as printed, the programme,
 * the cohort and the completion date — and nothing else about the participant. An unknown code answers 404.
 * The pages are public like the portal's, so they use its layout (quick exit, no session, nothing from elsewhere).
 */
@Controller
@PortalPage
@Requires(Action.PUBLIC)
class CertificatePages {

    private final Certificates certificates;

    CertificatePages(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates")
    String ask(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:" + UriComponentsBuilder.fromPath("/certificates/{code}").buildAndExpand(code.strip())
                    .encode().toUriString();
        }
        return "programs/certificate-check";
    }

    @GetMapping("/certificates/{code}")
    String check(@PathVariable String code, Locale locale, Model model, HttpServletResponse response) {
        certificates.check(code, locale).ifPresentOrElse(c -> model.addAttribute("check", c),
                () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
        model.addAttribute("typed", code);
        return "programs/certificate-check";
    }
}
