package kz.tendik.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The object does not exist, or exists outside the caller's scope: both answer 404 so that a user cannot
 * learn what lies outside the part of the organisation they may see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found", null, false, false);
    }
}
