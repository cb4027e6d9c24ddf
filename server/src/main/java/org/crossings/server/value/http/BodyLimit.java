package org.crossings.server.value.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every JSON request body is at most {@code crossings.http.max-json-body} bytes (64 KiB unless configured): one
 * whose {@code Content-Length} says more is refused unread, and one sent without a length is cut off as soon as it
 * passes the bound. Either way the answer is a 413 problem ({@link StrictRequestProblems}). Forms have Tomcat's own bound,
 * {@code server.tomcat.max-http-form-post-size}.
 */
@ControllerAdvice
final class BodyLimit extends RequestBodyAdviceAdapter {

    private final long limit;

    BodyLimit(@Value("${crossings.http.max-json-body:64KB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        long declared = input.getHeaders().getContentLength();
        if (declared > limit) {
            throw new BodyTooLarge(limit, "has " + declared + " bytes");
        }
        InputStream body = new Bounded(input.getBody(), limit);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** A stream that fails once more than {@code limit} bytes have been read from it. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit, "has more than " + limit + " bytes");
            }
        }
    }
}
