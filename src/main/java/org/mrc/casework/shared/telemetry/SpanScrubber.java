package org.mrc.casework.shared.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Keeps personal data out of traces. A request's query string carries what a caseworker searched for (names, birth
 * dates, phone numbers), its path may carry what someone typed into a URL, and the caller's address and user agent
 * identify a person: the HTTP server instrumentation records them as span attributes when the span starts, and this
 * processor, which runs right after, overwrites them. The route template ({@code http.route}) and the status stay, so
 * a trace still says which operation ran and how it ended. Exceptions never reach a span: only the HTTP layer is
 * instrumented (application.properties), and every exception is mapped to a problem response before it.
 */
@ApplicationScoped
public class SpanScrubber implements SpanProcessor {

    static final String REDACTED = "[redacted]";

    static final List<AttributeKey<String>> PERSONAL = List.of(
            AttributeKey.stringKey("url.query"),
            AttributeKey.stringKey("url.full"),
            AttributeKey.stringKey("url.path"),
            AttributeKey.stringKey("http.url"),
            AttributeKey.stringKey("http.target"),
            AttributeKey.stringKey("user_agent.original"),
            AttributeKey.stringKey("http.user_agent"),
            AttributeKey.stringKey("client.address"),
            AttributeKey.stringKey("network.peer.address"),
            AttributeKey.stringKey("net.sock.peer.addr"),
            AttributeKey.stringKey("net.peer.ip"),
            AttributeKey.stringKey("http.client_ip"));

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : PERSONAL) {
            if (span.getAttribute(key) != null) {
                span.setAttribute(key, REDACTED);
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
