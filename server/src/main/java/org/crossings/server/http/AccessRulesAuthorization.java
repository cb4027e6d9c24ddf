package org.crossings.server.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** {@link AccessRules} as Spring Security's authorization of every request, in both filter chains. */
public final class AccessRulesAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final AccessRules rules;

    public AccessRulesAuthorization(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // rendering the error of a request that was already let in (a 404 or 500): the rules decided it then
            return new AuthorizationDecision(true);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        AccessRules.Verdict verdict = rules.decide(request.getMethod(), path,
                Authentications.caller(authentication.get()));
        return verdict.allowed() ? new AuthorizationDecision(true) : new Refusal(verdict.reason());
    }

    /** A refusal that says what was missing, for the 401 or 403 problem response. */
    record Refusal(String reason) implements AuthorizationResult {
        @Override
        public boolean isGranted() {
            return false;
        }
    }
}
