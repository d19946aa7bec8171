import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.*;
import java.util.*;

public class LocalesAndCharsets {
    public static void main(String[] args) throws Exception {
        System.out.println(Locale.US + " " + Locale.ROOT + " [" + Locale.ROOT.toLanguageTag() + "] " + Locale.UK.getCountry() + " " + Locale.FRANCE.getLanguage() + " " + Locale.forLanguageTag("pt-BR") + " " + new Locale("es", "MX").toLanguageTag());
        System.out.println(Locale.US.getDisplayName(Locale.US) + " | " + Locale.GERMANY.getDisplayCountry(Locale.ENGLISH) + " | " + Locale.JAPANESE.getDisplayLanguage(Locale.ENGLISH));
        System.out.println("TITLE".toLowerCase(Locale.ROOT) + " " + "title".toUpperCase(Locale.ROOT) + " " + "istanbul".toUpperCase(new Locale("tr")) + " " + "ISTANBUL".toLowerCase(new Locale("tr")).length());
        System.out.println(String.format(Locale.US, "%,.2f|%,d|%e", 1234567.891, 9876543, 0.00012) + " " + String.format(Locale.ROOT, "%.3f", Math.PI));
        for (String name : new String[] { "UTF-8", "utf8", "ISO-8859-1", "latin1", "US-ASCII", "UTF-16BE", "UTF-16LE", "UTF-32" }) {
            Charset cs = Charset.forName(name);
            System.out.print(cs.name() + ":" + cs.canEncode() + ":" + "h\u00e9".getBytes(cs).length + " ");
        }
        System.out.println();
        System.out.println(Charset.isSupported("UTF-8") + " " + Charset.isSupported("no-such-charset") + " " + StandardCharsets.UTF_8.aliases().contains("UTF8") + " " + StandardCharsets.ISO_8859_1.displayName());
        try {
            Charset.forName("bogus!");
        } catch (IllegalCharsetNameException e) {
            System.out.println("illegal " + e.getCharsetName());
        }
        try {
            Charset.forName("x-unknown-charset");
        } catch (UnsupportedCharsetException e) {
            System.out.println("unsupported " + e.getMessage());
        }
        CharsetEncoder encoder = StandardCharsets.US_ASCII.newEncoder();
        System.out.println(encoder.canEncode('\u00e9') + " " + encoder.maxBytesPerChar() + " " + StandardCharsets.UTF_8.newEncoder().maxBytesPerChar());
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try {
            strict.decode(ByteBuffer.wrap(new byte[] { (byte) 0xff, 0x41 }));
        } catch (CharacterCodingException e) {
            System.out.println(e.getClass().getSimpleName() + " " + e.getMessage());
        }
        CharBuffer lenient = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(new byte[] { (byte) 0xff, 0x41 }));
        System.out.println((int) lenient.charAt(0) + " " + lenient.charAt(1) + " " + new String(new byte[] { (byte) 0xe9 }, StandardCharsets.ISO_8859_1).codePointAt(0));
        ByteBuffer encoded = StandardCharsets.UTF_16.encode("ab");
        System.out.println(encoded.remaining() + " " + encoded.get(0) + " " + encoded.get(1));
    }
}
