package kz.tendik.identity.web;

import kz.tendik.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A user or token that does not exist (or lies outside the scope) shows the error page with 404. */
@ControllerAdvice(assignableTypes = {UserAdminController.class, TokenController.class})
class PageNotFound {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}
