package org.alongside.notifications;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A push service on this machine, as a browser vendor runs one: it takes the requests Alongside
 * sends to a device's endpoint, checks the VAPID signature (RFC 8292) against the key the request
 * names, and decrypts the payload (RFC 8291, aes128gcm) with the device's own keys, which the stub
 * made like a browser does. It answers 201, or whatever status a test sets.
 */
final class PushServiceStub implements AutoCloseable {

    /** One request as received: the VAPID claims, the key that signed them, and the decrypted payload. */
    record Received(Map<String, Object> claims, String signerKey, String payload) {}

    private final HttpServer server;
    private final KeyPair device;
    private final byte[] authSecret = new byte[16];
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile int status = 201;

    PushServiceStub() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        device = generator.generateKeyPair();
        new java.security.SecureRandom().nextBytes(authSecret);
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/push/", exchange -> {
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(check(
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Encoding"),
                        body));
            } catch (Exception e) {
                problems.add(e.toString());
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort() + "/push/" + Integer.toHexString(hashCode());
    }

    String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    String p256dh() {
        return base64url(uncompressed((ECPublicKey) device.getPublic()));
    }

    String auth() {
        return base64url(authSecret);
    }

    void answer(int status) {
        this.status = status;
    }

    List<Received> received() {
        return received;
    }

    List<String> problems() {
        return problems;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Received check(String authorization, String encoding, byte[] body) throws Exception {
        if (!"aes128gcm".equals(encoding)) {
            throw new IllegalStateException("Content-Encoding " + encoding);
        }
        // Authorization: vapid t=<JWT>, k=<the signer's public key>
        String token = authorization.replaceAll(".*t=([^,\\s]+).*", "$1");
        String key = authorization.replaceAll(".*k=([^,\\s]+).*", "$1");
        String[] parts = token.split("\\.");
        Signature verify = Signature.getInstance("SHA256withECDSAinP1363Format");
        verify.initVerify(publicKey(Base64.getUrlDecoder().decode(key)));
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!verify.verify(Base64.getUrlDecoder().decode(parts[2]))) {
            throw new IllegalStateException("the VAPID signature does not verify");
        }
        Map<String, Object> claims = new tools.jackson.databind.json.JsonMapper()
                .readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
        return new Received(claims, key, decrypt(body));
    }

    private String decrypt(byte[] body) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        in.getInt(); // record size
        byte[] senderKey = new byte[in.get() & 0xff];
        in.get(senderKey);
        byte[] cipherText = new byte[in.remaining()];
        in.get(cipherText);

        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(device.getPrivate());
        agreement.doPhase(publicKey(senderKey), true);
        byte[] shared = agreement.generateSecret();

        byte[] deviceKey = uncompressed((ECPublicKey) device.getPublic());
        byte[] keyInfo =
                concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), deviceKey, senderKey, new byte[] {1});
        byte[] ikm = hmac(hmac(authSecret, shared), keyInfo);
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(
                hmac(prk, concat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})),
                16);
        byte[] nonce = Arrays.copyOf(
                hmac(prk, concat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})), 12);

        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = cipher.doFinal(cipherText);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new IllegalStateException("no last-record delimiter");
        }
        return new String(padded, 0, end, StandardCharsets.UTF_8);
    }

    private ECPublicKey publicKey(byte[] uncompressed) throws Exception {
        ECPoint point = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(point, ((ECPublicKey) device.getPublic()).getParams()));
    }

    private static byte[] uncompressed(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        copy32(key.getW().getAffineX(), out, 1);
        copy32(key.getW().getAffineY(), out, 33);
        return out;
    }

    private static void copy32(BigInteger value, byte[] out, int at) {
        byte[] bytes = value.toByteArray();
        int from = Math.max(0, bytes.length - 32);
        int length = bytes.length - from;
        System.arraycopy(bytes, from, out, at + 32 - length, length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
