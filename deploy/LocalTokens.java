import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Local-only token issuer for deploy/run: a key pair under .local/keys and RS256 JWTs signed with it, which the
 * local build verifies exactly as production verifies the identity provider's tokens (signature, issuer,
 * audience, expiry). JDK classes only, run as a single-file program: {@code java deploy/LocalTokens.java ...}.
 *
 * <pre>
 *   init                          create .local/keys/private.pk8 and .local/keys/public.b64 if absent
 *   mint ROLE [OFFICE|PARTNER]    print a token for ROLE; caseworker/coordinator take an office code
 *                                 (default BTG, the demo centre), partner requires a partner id
 * </pre>
 *
 * Paths are relative to the working directory (deploy/run and deploy/token run from the repository root).
 */
public class LocalTokens {

    static final Path KEYS = Path.of(".local", "keys");
    static final Path PRIVATE_KEY = KEYS.resolve("private.pk8");
    static final Path PUBLIC_KEY = KEYS.resolve("public.b64");

    static final String ISSUER = "https://mrc.local/issuer";
    static final String AUDIENCE = "mrc-casework";
    static final Duration LIFETIME = Duration.ofHours(8);
    static final String DEFAULT_OFFICE = "BTG";

    static final List<String> ROLES = List.of("caseworker", "coordinator", "partner", "analyst", "auditor", "admin");
    static final Set<String> OFFICE_BOUND = Set.of("caseworker", "coordinator");

    public static void main(String[] args) throws Exception {
        if (args.length >= 1 && args[0].equals("init") && args.length == 1) {
            init();
        } else if (args.length >= 2 && args.length <= 3 && args[0].equals("mint")) {
            System.out.println(mint(args[1], args.length == 3 ? args[2] : null));
        } else {
            usage(null);
        }
    }

    static void init() throws IOException, GeneralSecurityException {
        if (Files.exists(PRIVATE_KEY) && Files.exists(PUBLIC_KEY)) {
            return;
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(KEYS);
        if (posix) {
            Files.setPosixFilePermissions(KEYS, PosixFilePermissions.fromString("rwx------"));
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        // Written to temporary files and moved into place, so a half-written pair is never picked up.
        Path privateTmp = Files.createTempFile(KEYS, "private", ".tmp");
        if (posix) {
            Files.setPosixFilePermissions(privateTmp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.write(privateTmp, pair.getPrivate().getEncoded()); // PKCS#8, DER
        Path publicTmp = Files.createTempFile(KEYS, "public", ".tmp");
        // X.509 SubjectPublicKeyInfo, base64: the PEM body that quarkus.oidc.public-key takes.
        Files.writeString(publicTmp, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
        if (posix) {
            Files.setPosixFilePermissions(publicTmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(privateTmp, PRIVATE_KEY, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(publicTmp, PUBLIC_KEY, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("Created a local signing key pair in " + KEYS + "/ (never leaves this machine)");
    }

    static String mint(String role, String scope) throws IOException, GeneralSecurityException {
        if (!ROLES.contains(role)) {
            usage("unknown role '" + role + "'");
        }
        if (scope != null && scope.isBlank()) {
            usage("the office code or partner id must not be blank");
        }
        if (!Files.exists(PRIVATE_KEY)) {
            usage("no key pair yet: run 'java deploy/LocalTokens.java init' first (deploy/token and deploy/run do)");
        }
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", "local-" + role);
        claims.put("groups", List.of(role));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        if (OFFICE_BOUND.contains(role)) {
            claims.put("office_code", scope == null ? DEFAULT_OFFICE : scope);
        } else if (role.equals("partner")) {
            if (scope == null) {
                usage("a partner token needs the partner organisation id: mint partner PARTNER-ID");
            }
            claims.put("partner_id", scope);
        } else if (scope != null) {
            usage("role '" + role + "' takes no office code or partner id");
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", "local");

        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(json(header).getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(json(claims).getBytes(StandardCharsets.UTF_8));
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(PRIVATE_KEY)));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(signature.sign());
    }

    static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(json(k)).append(':').append(json(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(json(v)));
            return out.append(']').toString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static void usage(String problem) {
        if (problem != null) {
            System.err.println("error: " + problem);
        }
        System.err.println("""
                usage: java deploy/LocalTokens.java init
                       java deploy/LocalTokens.java mint ROLE [OFFICE-CODE | PARTNER-ID]
                roles: caseworker [OFFICE-CODE], coordinator [OFFICE-CODE] (default office: BTG, the demo centre),
                       partner PARTNER-ID, analyst, auditor, admin""");
        System.exit(2);
    }
}
