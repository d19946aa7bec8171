import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.zip.*;

public class Base64AndChecksums {
    public static void main(String[] args) {
        byte[] data = "Hello, Base64 world! \u00e9\u00e8".getBytes(StandardCharsets.UTF_8);
        String enc = Base64.getEncoder().encodeToString(data);
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] { (byte) 0xfb, (byte) 0xff, 1 });
        String mime = Base64.getMimeEncoder().encodeToString(new byte[100]);
        System.out.println(enc + " " + url + " " + mime.length() + " " + mime.contains("\r\n"));
        System.out.println(new String(Base64.getDecoder().decode(enc), StandardCharsets.UTF_8) + " " + Arrays.toString(Base64.getUrlDecoder().decode(url)));
        for (String s : new String[] { "", "f", "fo", "foo", "foob", "fooba", "foobar" }) System.out.print(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII)) + " ");
        System.out.println();
        try {
            Base64.getDecoder().decode("not*base64");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        CRC32 crc = new CRC32();
        crc.update("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII));
        Adler32 adler = new Adler32();
        adler.update("Wikipedia".getBytes(StandardCharsets.US_ASCII));
        CRC32C crcc = new CRC32C();
        crcc.update(new byte[] { 1, 2, 3, 4 });
        System.out.println(Long.toHexString(crc.getValue()) + " " + Long.toHexString(adler.getValue()) + " " + Long.toHexString(crcc.getValue()));
        crc.reset();
        for (int i = 0; i < 256; i++) crc.update(i);
        System.out.println(Long.toHexString(crc.getValue()) + " " + HexFormat.of().formatHex(new byte[] { 0, 15, -1, 127 }) + " " + HexFormat.ofDelimiter(":").withUpperCase().formatHex(new byte[] { 10, 11 }) + " " + Arrays.toString(HexFormat.of().parseHex("cafe")));
        UUID u = new UUID(0x123456789abcdefL, 0xfedcba9876543210L);
        System.out.println(u + " " + u.version() + " " + UUID.fromString("00000000-0000-0001-0000-000000000002").getLeastSignificantBits() + " " + u.compareTo(new UUID(0, 0)));
    }
}
