import java.text.Normalizer;

public class UnicodeData {
    public static void main(String[] args) {
        for (int cp : new int[] { 'a', 'Z', '5', ' ', 0xe9, 0x4e2d, 0x1F600, 0x20AC, 0x0301, 0x10FFFF }) {
            System.out.println(Integer.toHexString(cp) + " " + Character.getName(cp) + " " + Character.getType(cp) + " " + Character.UnicodeBlock.of(cp) + " " + Character.UnicodeScript.of(cp));
        }
        System.out.println(Character.codePointOf("LATIN SMALL LETTER E WITH ACUTE") + " " + Character.codePointOf("grinning face"));
        String composed = "\u00e9", decomposed = "e\u0301";
        System.out.println(composed.equals(decomposed) + " " + Normalizer.normalize(decomposed, Normalizer.Form.NFC).equals(composed) + " " + Normalizer.normalize(composed, Normalizer.Form.NFD).length() + " " + Normalizer.isNormalized(decomposed, Normalizer.Form.NFC));
        System.out.println(Normalizer.normalize("\ufb01 \u2460 \u00bd", Normalizer.Form.NFKC) + "|" + Normalizer.normalize("\u212b", Normalizer.Form.NFC).codePointAt(0));
        System.out.println("\u0130stanbul".toLowerCase(java.util.Locale.ROOT).length() + " " + "\u1e9e".toLowerCase().codePointAt(0));
    }
}
