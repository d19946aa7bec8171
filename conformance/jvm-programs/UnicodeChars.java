import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public class UnicodeChars {
    public static void main(String[] args) {
        String s = "A\u00e9\u4e2d\uD83D\uDE00z";
        System.out.println(s.length() + " " + s.codePointCount(0, s.length()) + " " + s.codePointAt(3) + " " + (int) s.charAt(3) + " " + (int) s.charAt(4) + " " + s.offsetByCodePoints(0, 4));
        System.out.println(Arrays.toString(s.codePoints().toArray()));
        System.out.println(Character.isHighSurrogate(s.charAt(3)) + " " + Character.isLowSurrogate(s.charAt(4)) + " " + Character.isSupplementaryCodePoint(0x1F600) + " " + Character.charCount(0x1F600) + " " + Character.toCodePoint('\uD83D', '\uDE00'));
        char[] pair = Character.toChars(0x10437);
        System.out.println(pair.length + " " + Integer.toHexString(pair[0]) + " " + Integer.toHexString(pair[1]) + " " + new String(pair).codePointAt(0));
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        byte[] latin = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = "hi".getBytes(StandardCharsets.UTF_16);
        byte[] ascii = "caf\u00e9".getBytes(StandardCharsets.US_ASCII);
        System.out.println(utf8.length + " " + Arrays.toString(utf8) + " " + Arrays.toString(latin) + " " + Arrays.toString(utf16) + " " + Arrays.toString(ascii));
        String back = new String(utf8, StandardCharsets.UTF_8);
        System.out.println(back.equals(s) + " " + new String(latin, StandardCharsets.ISO_8859_1).length() + " " + new String(new byte[] { (byte) 0xC3, (byte) 0x28 }, StandardCharsets.UTF_8).codePointAt(0));
        System.out.println(Character.isLetter('\u00e9') + " " + Character.isLetter('\u4e2d') + " " + Character.isDigit('\u0663') + " " + Character.getNumericValue('\u0663') + " " + Character.isUpperCase('\u00c9') + " " + (int) Character.toUpperCase('\u00e9') + " " + (int) Character.toLowerCase('\u0130'));
        System.out.println("\u00e9T\u00c9".toUpperCase().codePoints().sum() + " " + "STRASSE".toLowerCase() + " " + "stra\u00dfe".toUpperCase() + " " + "\u0130".toLowerCase().length());
        System.out.println(Character.getType('a') + " " + Character.getType('1') + " " + Character.getType(' ') + " " + Character.isJavaIdentifierStart('$') + " " + Character.isWhitespace('\t') + " " + Character.isSpaceChar('\u00a0') + " " + Character.isWhitespace('\u00a0'));
        System.out.println(Character.UnicodeBlock.of('\u4e2d') + " | " + Character.isIdeographic('\u4e2d'));
        StringBuilder sb = new StringBuilder();
        for (int cp = 0x3b1; cp < 0x3b6; cp++) sb.appendCodePoint(cp);
        System.out.println(sb.length() + " " + sb.toString().toUpperCase().codePointAt(0) + " " + "ABC".chars().sum());
    }
}
