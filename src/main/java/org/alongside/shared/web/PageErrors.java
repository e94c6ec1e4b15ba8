package org.alongside.shared.web;

import org.alongside.shared.NotFoundException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a record that is missing or not theirs with the same plain 404 page, and a value
 * the database cannot store with a 400 page that says so.
 */
@ControllerAdvice(annotations = Controller.class)
public class PageErrors {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView storage(DataAccessException e) throws DataAccessException {
        if (!StorageErrors.isBadValue(e)) {
            throw e;
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        page.addObject("message", StorageErrors.MESSAGE);
        return page;
    }
}
