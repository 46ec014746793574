package org.kulisse.core.internal.interop;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** RFC 4122 name-based UUIDs, version 5 (SHA-1): stable identifiers derived from Kulisse ids. */
public final class NameBasedUuid {
    /** The namespace of every UUID Kulisse derives (a fixed random UUID). */
    public static final UUID KULISSE_NAMESPACE = UUID.fromString("ab7a1edd-862a-4c7e-a94e-4be9d1d9c9dc");

    private NameBasedUuid() {
    }

    public static UUID of(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer namespace = ByteBuffer.allocate(16);
            namespace.putLong(KULISSE_NAMESPACE.getMostSignificantBits());
            namespace.putLong(KULISSE_NAMESPACE.getLeastSignificantBits());
            sha1.update(namespace.array());
            sha1.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] hash = sha1.digest();
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bits.getLong(), bits.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
