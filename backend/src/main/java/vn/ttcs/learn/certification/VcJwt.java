package vn.ttcs.learn.certification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import jakarta.inject.Singleton;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Signs a verifiable credential as a compact JWS ("VC-JWT", Open Badges 3.0 § JSON Web Token Proof Format) with the
 * key that signs certificate PDFs ({@link SigningKey}): RS256 for the RSA key the platform generates (the algorithm
 * every Open Badges verifier supports), ES256/384/512 for a configured EC key. The JOSE header carries exactly what
 * Open Badges allows: {@code alg}, {@code typ: JWT} and the public key as {@code jwk}, whose {@code x5t#S256} is the
 * SHA-256 of the signing certificate published at /api/certificates/signing-certificate. Signing is deterministic
 * for RSA: the same credential and key give the same token.
 */
@Singleton
final class VcJwt {

    private final JWSSigner signer;
    private final JWSHeader header;

    VcJwt(SigningKey key) {
        X509Certificate certificate = key.certificate();
        PublicKey publicKey = certificate.getPublicKey();
        Base64URL thumbprint = Base64URL.encode(sha256(certificate));
        JWK jwk;
        JWSAlgorithm algorithm;
        try {
            if (publicKey instanceof RSAPublicKey rsa) {
                algorithm = JWSAlgorithm.RS256;
                jwk = new RSAKey.Builder(rsa).keyUse(KeyUse.SIGNATURE).algorithm(algorithm)
                        .x509CertSHA256Thumbprint(thumbprint).build();
                signer = new RSASSASigner(key.privateKey());
            } else if (publicKey instanceof ECPublicKey ec) {
                Curve curve = Curve.forECParameterSpec(ec.getParams());
                algorithm = curve == Curve.P_384 ? JWSAlgorithm.ES384
                        : curve == Curve.P_521 ? JWSAlgorithm.ES512 : JWSAlgorithm.ES256;
                jwk = new ECKey.Builder(curve, ec).keyUse(KeyUse.SIGNATURE).algorithm(algorithm)
                        .x509CertSHA256Thumbprint(thumbprint).build();
                signer = new ECDSASigner((ECPrivateKey) key.privateKey(), curve);
            } else {
                throw new IllegalStateException("The certificate signing key is " + publicKey.getAlgorithm()
                        + "; Open Badges are signed with RSA or EC keys only (TTCS_SIGNING_KEYSTORE)");
            }
        } catch (JOSEException e) {
            throw new IllegalStateException("The certificate signing key cannot sign Open Badges: " + e.getMessage(), e);
        }
        this.header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).jwk(jwk.toPublicJWK()).build();
    }

    /** The compact serialisation {@code header.payload.signature} of the JSON payload, signed. */
    String sign(String payloadJson) {
        JWSObject jws = new JWSObject(header, new Payload(payloadJson));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing an Open Badge failed: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    private static byte[] sha256(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
