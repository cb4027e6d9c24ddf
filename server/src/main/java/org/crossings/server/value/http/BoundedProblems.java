package org.crossings.server.value.http;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The last bound on an error's size: the detail of every problem the routes answer with is cut to
 * {@value #DETAIL} characters, and its {@code instance} (the path asked for) is left out when longer than
 * {@value #INSTANCE}. Errors quote short excerpts of what they were sent already; this catches a message that quotes a
 * whole path (a URL may be 8 KiB) or a value read elsewhere, so that no error body grows with the input.
 */
@ControllerAdvice
final class BoundedProblems implements ResponseBodyAdvice<Object> {

    /** The most characters of a problem's detail. */
    static final int DETAIL = 1000;
    /** The longest {@code instance} a problem repeats. */
    static final int INSTANCE = 200;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getDetail() != null && problem.getDetail().length() > DETAIL) {
                problem.setDetail(problem.getDetail().substring(0, DETAIL) + "…");
            }
            if (problem.getInstance() != null && problem.getInstance().toString().length() > INSTANCE) {
                problem.setInstance(null);
            }
        }
        return body;
    }
}
