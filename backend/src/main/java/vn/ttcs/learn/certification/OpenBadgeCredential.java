package vn.ttcs.learn.certification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (W3C Verifiable Credentials Data Model 2.0), in the
 * shape of the JWT payload that {@link VcJwt} signs: the credential itself, then the registered JWT claims that
 * Open Badges 3.0 requires beside it (§ "JSON Web Token Proof Format": {@code iss} = {@code issuer.id}, {@code jti} =
 * {@code id}, {@code sub} = {@code credentialSubject.id}, {@code nbf} = {@code validFrom}, {@code exp} =
 * {@code validUntil}). Texts are Vietnamese ({@code inLanguage: vi}); the criteria give English after it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record OpenBadgeCredential(@JsonProperty("@context") List<String> context, String id, List<String> type, String name,
                           String description, Profile issuer, String validFrom, String validUntil,
                           String awardedDate, AchievementSubject credentialSubject, CredentialStatus credentialStatus,
                           List<CredentialSchema> credentialSchema,
                           String iss, String jti, String sub, long nbf, long exp) {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    static final String FRAMEWORK = "Khung năng lực TTCS";
    /**
     * Our own status method: GET the {@code id} (the certificate's verification JSON); its {@code status} is VALID,
     * EXPIRED or REVOKED. Under the VC 2.0 context an undefined term like this one is issuer-dependent.
     */
    static final String STATUS_TYPE = "TtcsCertificateVerification";

    /** The issuing body, as printed on the PDF, reached through the platform's address. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Profile(String id, List<String> type, String name, String url, String description) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AchievementSubject(String id, List<String> type, List<IdentityObject> identifier, Achievement achievement) {
    }

    /** The holder's name, not hashed: the public verification page shows it too. */
    @Serdeable
    record IdentityObject(String type, boolean hashed, String identityHash, String identityType) {
    }

    /** The course: what the certificate is for, how it is earned, and the competencies it stands for. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Achievement(String id, List<String> type, String achievementType, String name, String description,
                       Criteria criteria, List<Alignment> alignment, String inLanguage, String version) {
    }

    @Serdeable
    record Criteria(String narrative) {
    }

    /** One competency standard of the framework, with the level attained in {@code targetDescription}. */
    @Serdeable
    record Alignment(List<String> type, String targetName, String targetCode, String targetFramework,
                     String targetDescription, String targetUrl) {
    }

    @Serdeable
    record CredentialStatus(String id, String type) {
    }

    @Serdeable
    record CredentialSchema(String id, String type) {
    }
}
