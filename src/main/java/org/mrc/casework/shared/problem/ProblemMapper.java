package org.mrc.casework.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mrc.casework.shared.http.RequestIds;

/**
 * The one place where failures become RFC 9457 problem documents. Details never echo submitted values, so no
 * personal data reaches a response or a log through an error; unexpected failures are logged with their stack
 * trace and answered with a generic 500 that carries only the request id.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response api(ApiException e, ContainerRequestContext request) {
        Response.ResponseBuilder response = respond(e.type(), e.getMessage(), e.errors(), e.extensions(), request);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(toFieldError(violation));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return respond(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors, Map.of(), request)
                .build();
    }

    /** Jackson failures, including the specific types Quarkus maps itself, all become our field-level problems. */
    @ServerExceptionMapper({
        UnrecognizedPropertyException.class,
        InvalidFormatException.class,
        MismatchedInputException.class,
        JsonMappingException.class,
        JsonProcessingException.class
    })
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        return api(JsonProblems.from(e), request);
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthenticated(RuntimeException e, ContainerRequestContext request) {
        return respond(
                        ProblemType.UNAUTHENTICATED,
                        "The bearer token is missing, malformed, expired or not issued for this service",
                        List.of(),
                        Map.of(),
                        request)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return respond(
                        ProblemType.FORBIDDEN,
                        "The caller's role does not allow this operation",
                        List.of(),
                        Map.of(),
                        request)
                .build();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, ContainerRequestContext request) {
        return respond(
                        ProblemType.PRECONDITION_FAILED,
                        "The resource was changed by another request; read it again and retry",
                        List.of(),
                        Map.of(),
                        request)
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_BODY;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.BODY_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 431 -> ProblemType.HEADERS_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default ->
                status >= 500
                        ? ProblemType.INTERNAL_ERROR
                        : new ProblemType(
                                "http-" + status,
                                status,
                                Response.Status.Family.familyOf(status)
                                        .name()
                                        .toLowerCase()
                                        .replace('_', ' '));
        };
        if (status >= 500) {
            return unexpected(e, request);
        }
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This path does not accept " + request.getMethod();
            case 406 -> "This resource can be represented only as the media types its operation documents";
            case 415 -> "Send the body as application/json";
            default -> type.title();
        };
        Response.ResponseBuilder response = respond(type, detail, List.of(), Map.of(), request);
        if (status == 405) {
            Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        if ("23505".equals(sqlState(e))) {
            // a uniqueness race that a service's own check could not see (two requests at once): the database's
            // message names the values, so it is neither returned nor logged
            LOG.warnf("Unique constraint race while serving request %s", RequestIds.of(request));
            return respond(
                            ProblemType.CONFLICT,
                            "Another request created the same record at the same time; read"
                                    + " the current state and retry",
                            List.of(),
                            Map.of(),
                            request)
                    .build();
        }
        if (DatabaseFaults.unavailable(e)) {
            LOG.warnf(
                    "Database unavailable while serving request %s: %s",
                    RequestIds.of(request), e.getClass().getName());
            return respond(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "The database cannot be reached; retry after the indicated delay",
                            List.of(),
                            Map.of(),
                            request)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.errorf(e, "Unexpected failure while serving request %s", RequestIds.of(request));
        return respond(
                        ProblemType.INTERNAL_ERROR,
                        "The request failed unexpectedly; quote the request id when reporting it",
                        List.of(),
                        Map.of(),
                        request)
                .build();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Response.ResponseBuilder respond(
            ProblemType type,
            String detail,
            List<FieldError> errors,
            Map<String, Object> extensions,
            ContainerRequestContext request) {
        // the occurrence is named by the request id, never by the path: a path carries what the caller typed
        String requestId = RequestIds.of(request);
        String instance = requestId == null ? null : RequestIds.urn(requestId);
        Problem problem =
                new Problem(type.uri(), type.title(), type.status(), detail, instance, requestId, errors, extensions);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /**
     * Bean Validation paths look like {@code create.request.name} for a body field and {@code list.limit} for a
     * parameter; clients need {@code $.name} and {@code limit} with where it was sent.
     */
    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        Path.MethodNode methodNode = null;
        Path.ParameterNode parameterNode = null;
        StringBuilder bodyPath = new StringBuilder("$");
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD) {
                methodNode = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameterNode = node.as(Path.ParameterNode.class);
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // a node's index is its position in the list it sits in: recognitions[0].country, nationalities[1]
                if (node.isInIterable() && node.getIndex() != null) {
                    bodyPath.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    bodyPath.append('.').append(node.getName());
                }
            }
        }
        if (parameterNode != null && methodNode != null) {
            // a property of a @BeanParam (PageParams.limit) names the parameter it is bound to, not a body field
            String property = bodyPath.length() == 1 ? null : bodyPath.substring(2);
            FieldError parameter = parameterError(violation, methodNode, parameterNode, property);
            if (parameter != null) {
                return parameter;
            }
        }
        return FieldError.body(bodyPath.toString(), violation.getMessage());
    }

    private static FieldError parameterError(
            ConstraintViolation<?> violation,
            Path.MethodNode methodNode,
            Path.ParameterNode parameterNode,
            String property) {
        // the root bean may be a generated subclass that overrides the method without its annotations
        Class<?> owner = violation.getRootBeanClass();
        Class<?>[] types = methodNode.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method method = type.getDeclaredMethod(methodNode.getName(), types);
                int index = parameterNode.getParameterIndex();
                Annotation[] annotations = method.getParameterAnnotations()[index];
                if (property != null) {
                    annotations = beanParamAnnotations(annotations, method.getParameterTypes()[index], property);
                }
                for (Annotation annotation : annotations) {
                    if (annotation instanceof QueryParam query) {
                        return FieldError.query(query.value(), violation.getMessage());
                    }
                    if (annotation instanceof PathParam path) {
                        return FieldError.path(path.value(), violation.getMessage());
                    }
                    if (annotation instanceof HeaderParam header) {
                        return FieldError.header(header.value(), violation.getMessage());
                    }
                }
            } catch (NoSuchMethodException notHere) {
                // declared on a superclass
            }
        }
        return null;
    }
    /** The annotations of {@code property} when the parameter is a {@code @BeanParam}; none otherwise. */
    private static Annotation[] beanParamAnnotations(Annotation[] parameter, Class<?> type, String property) {
        boolean beanParam = false;
        for (Annotation annotation : parameter) {
            beanParam |= annotation instanceof BeanParam;
        }
        if (!beanParam || property.contains(".") || property.contains("[")) {
            return new Annotation[0];
        }
        for (Class<?> declaring = type; declaring != null && declaring != Object.class; ) {
            try {
                return declaring.getDeclaredField(property).getAnnotations();
            } catch (NoSuchFieldException notHere) {
                declaring = declaring.getSuperclass();
            }
        }
        return new Annotation[0];
    }
}
