package vn.ttcs.learn.certification;

/** Còn hiệu lực, hết hạn, đã thu hồi. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED
}
