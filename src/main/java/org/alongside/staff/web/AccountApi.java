package org.alongside.staff.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alongside.shared.CurrentUser;
import org.alongside.shared.Role;
import org.alongside.staff.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens and the caller's own identity. */
@RestController
@RequestMapping("/api/v1")
class AccountApi {

    private final ApiTokens tokens;

    AccountApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(String label, Integer expiresInDays) {}

    record TokenResponse(UUID id, String token, Instant expiresAt) {}

    record Me(UUID id, String email, String displayName, Set<Role> roles) {}

    @Operation(summary = "Issue an API token (HTTP Basic: email and password). The token is shown only once.")
    @PostMapping("/tokens")
    ResponseEntity<TokenResponse> issue(
            @AuthenticationPrincipal CurrentUser user, @RequestBody(required = false) TokenRequest request) {
        if (user.passwordMustChange()) {
            throw new AccessDeniedException(
                    "Choose your own password first: sign in on the web, then create a token with your new password");
        }
        ApiTokens.IssuedToken issued = tokens.issue(
                user.viewer(),
                request == null ? null : request.label(),
                request == null ? null : request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id()))
                .body(new TokenResponse(issued.id(), issued.token(), issued.expiresAt()));
    }

    @Operation(summary = "Your tokens (all tokens for administrators), without their values")
    @GetMapping("/tokens")
    List<ApiTokens.TokenInfo> list(@AuthenticationPrincipal CurrentUser user) {
        return tokens.list(user.viewer());
    }

    @Operation(summary = "Revoke a token of your own (any token for administrators)")
    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        tokens.revoke(user.viewer(), id);
    }

    @Operation(summary = "Who the token belongs to")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.id(), user.email(), user.displayName(), user.roles());
    }
}
