package org.mrc.casework.profile;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** The profile's printable HTML and CSV-bundle forms, chosen by the request's Accept header. */
final class ProfileWriters {

    static final String ZIP = "application/zip";

    private ProfileWriters() {}

    /** Writes a profile as the bytes {@link #render} gives, after the headers {@link #headers} sets. */
    abstract static class Form implements MessageBodyWriter<LocalMigrationProfile> {

        abstract byte[] render(LocalMigrationProfile profile);

        abstract void headers(LocalMigrationProfile profile, MultivaluedMap<String, Object> headers);

        @Override
        public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
            return LocalMigrationProfile.class.isAssignableFrom(type);
        }

        @Override
        public void writeTo(
                LocalMigrationProfile profile,
                Class<?> type,
                Type generic,
                Annotation[] annotations,
                MediaType media,
                MultivaluedMap<String, Object> headers,
                OutputStream out)
                throws IOException {
            headers(profile, headers);
            out.write(render(profile));
        }
    }

    @Provider
    @Produces(MediaType.TEXT_HTML)
    public static class Html extends Form {

        @Override
        byte[] render(LocalMigrationProfile profile) {
            return ProfileHtml.render(profile).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        void headers(LocalMigrationProfile profile, MultivaluedMap<String, Object> headers) {
            headers.putSingle("Content-Type", "text/html; charset=utf-8");
        }
    }

    @Provider
    @Produces(ZIP)
    public static class Zip extends Form {

        @Override
        byte[] render(LocalMigrationProfile profile) {
            return ProfileCsv.bundle(profile);
        }

        @Override
        void headers(LocalMigrationProfile profile, MultivaluedMap<String, Object> headers) {
            headers.putSingle(
                    "Content-Disposition",
                    "attachment; filename=\"local-migration-profile-"
                            + profile.territory().officeCode().replaceAll("[^A-Za-z0-9_-]", "") + ".zip\"");
        }
    }
}
