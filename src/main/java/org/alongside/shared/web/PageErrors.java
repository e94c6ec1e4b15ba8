package org.alongside.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.alongside.shared.NotFoundException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a record that is missing or not theirs with the same plain 404 page, and a value
 * the database cannot store, or a query parameter of the wrong type, with a 400 page that says so.
 */
@ControllerAdvice(annotations = Controller.class)
public class PageErrors {

    private final Texts texts;

    PageErrors(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /**
     * A malformed id in the address is a page that does not exist (404, as for anyone's record that
     * is not theirs); a malformed query parameter is bad input (400) and says which.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        page.addObject("message", texts.of("error.badParameter", e.getName()));
        return page;
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView storage(DataAccessException e, HttpServletRequest request) throws DataAccessException {
        if (!StorageErrors.isBadValue(e)) {
            throw e;
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        page.addObject("message", StorageErrors.message(request));
        return page;
    }
}
