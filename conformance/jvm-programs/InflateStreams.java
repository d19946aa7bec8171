import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.*;

public class InflateStreams {
    static final String GZIP = "H4sIAAAAAAACA+3LyxWCMBRF0blVXBtwKf6wCwY0ABog8nkQSCJU76uDdcdnn7wxmLx9tyidxAGV/PD1/ThDgnFYNHfFtuIj9Qk5MTExMTHxvnBWqOtXlIqiXRpUNhhNmxnQ2cmL07eejzhfkuvt/nimrwMfPnz47PX5AxrgL74cDAAA";
    static final String ZLIB = "eNpjYGRiZmFlY+fg5OLm4eXjFxAUEhYRFROXkJSSlpGVk1dQVFJWUVVT19DU0tbR1dM3MDQyNjE1M7ewtLK2sbWzd3B0cnZxdXP38PTy9vH18w8IDAoOCQ0Lj4iMio6JjYtPSExKTklNS8/IzMrOyc3LLygsKi4pLSuvqKyqrqmtq29obGpuaW1r7+js6u7p7eufMHHS5ClTp02fMXPW7Dlz581fsHDR4iVLly1fsXLV6jVr163fsHHT5i1bt23fsXPX7j179+0/cPDQ4SNHjx0/cfLU6TNnz52/cPHS5StXr12/cfPW7Tt3791/8PDR4ydPnz1/8fLV6zdv373/8PHT5y9fv33/8fPX7z9///1nGPX/qP9H/T/q/1H/j/p/1P+j/h/1/6j/R/0/6v9R/4/6f9T/o/4f9f+o/4ex/wEjxPaI";
    static final String STORED = "eAEBEQDu/3N0b3JlZCBibG9jayBkYXRhO80Gdw==";

    public static void main(String[] args) throws Exception {
        byte[] gz = Base64.getDecoder().decode(GZIP);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            System.out.println(gz.length + " -> " + text.length() + " " + text.hashCode() + " " + text.substring(0, 44));
        }
        byte[] zl = Base64.getDecoder().decode(ZLIB);
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(zl), new Inflater(), 64)) {
            byte[] all = in.readAllBytes();
            CRC32 crc = new CRC32();
            crc.update(all);
            System.out.println(zl.length + " -> " + all.length + " " + Long.toHexString(crc.getValue()) + " " + all[255] + " " + all[256]);
        }
        Inflater inflater = new Inflater();
        inflater.setInput(Base64.getDecoder().decode(STORED));
        byte[] out = new byte[5];
        StringBuilder pieces = new StringBuilder();
        while (!inflater.finished()) {
            int n = inflater.inflate(out);
            pieces.append(new String(out, 0, n, StandardCharsets.US_ASCII)).append('|');
        }
        System.out.println(pieces + " in=" + inflater.getBytesRead() + " out=" + inflater.getBytesWritten() + " adler=" + Integer.toHexString(inflater.getAdler()) + " remaining=" + inflater.getRemaining());
        inflater.end();
        Inflater broken = new Inflater();
        broken.setInput(new byte[] { 0x78, (byte) 0x9c, (byte) 0xff, (byte) 0xff, 0x00 });
        try {
            broken.inflate(new byte[10]);
        } catch (DataFormatException e) {
            System.out.println("DataFormatException: " + e.getMessage());
        }
        try {
            new GZIPInputStream(new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 }));
        } catch (ZipException e) {
            System.out.println("ZipException: " + e.getMessage());
        }
    }
}
