package org.lorkit.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes one type of kept answer from {@link KeptJson}: a subclass per answer type, annotated
 * {@code @Provider @Produces(application/json)}, is picked before the general Jackson writer because it
 * names the exact type. Only for answers that {@link AccountRevisionCache} keeps and shares unchanged.
 */
public abstract class KeptJsonWriter<T> implements ServerMessageBodyWriter<T> {

    private final Class<T> type;
    private final KeptJson kept;

    protected KeptJsonWriter(Class<T> type, KeptJson kept) {
        this.type = type;
        this.kept = kept;
    }

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return this.type.equals(type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return this.type.equals(type);
    }

    @Override
    public void writeResponse(T answer, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(kept.of(answer));
    }

    @Override
    public void writeTo(
            T answer,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        entityStream.write(kept.of(answer));
    }
}
