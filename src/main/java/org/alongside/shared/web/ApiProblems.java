package org.alongside.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alongside.shared.ConflictException;
import org.alongside.shared.InvalidInputException;
import org.alongside.shared.NotFoundException;
import org.alongside.shared.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as RFC 9457 problem details; field errors under {@code errors}. Never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        problem.setProperty("errors", e.fieldErrors());
        return problem;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed by someone else", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        if (!e.changes().isEmpty()) {
            problem.setProperty("changes", e.changes());
        }
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "Invalid input", "'" + e.getName() + "' is not in the expected format");
        problem.setProperty("errors", Map.of(e.getName(), "is not in the expected format"));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        String ours = e.getMessage() == null || e.getMessage().equals("Access Denied") ? null : e.getMessage();
        return problem(
                HttpStatus.FORBIDDEN, "Forbidden", ours != null ? ours : "Your role does not allow this request.");
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail storage(DataAccessException e, HttpServletRequest request) {
        if (StorageErrors.isBadValue(e)) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", StorageErrors.message(request));
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        RequestBodyRefused refused = RequestBodyRefused.in(e);
        if (refused != null) {
            return problem(refused.status(), refused.title(), refused.getMessage());
        }
        log.error("Unexpected error answering an API request", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong",
                StorageErrors.isRead(request)
                        ? "The request could not be completed."
                        : "The request could not be completed. Nothing was saved.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                "Some fields need attention: " + String.join(", ", errors.keySet()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyRefused refused = RequestBodyRefused.in(ex);
        if (refused != null) {
            return ResponseEntity.status(refused.status())
                    .body(problem(refused.status(), refused.title(), refused.getMessage()));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request", JsonErrors.describe(ex));
        JsonErrors.field(ex).ifPresent(field -> problem.setProperty("errors", Map.of(field, JsonErrors.describe(ex))));
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
