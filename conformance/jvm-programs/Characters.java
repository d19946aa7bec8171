public class Characters {
    public static void main(String[] args) {
        String sample = "Hello, Wörld! 123 ÆØÅ ß ǅ";
        StringBuilder kinds = new StringBuilder();
        for (char c : sample.toCharArray()) {
            kinds.append(Character.isLetter(c) ? 'L' : Character.isDigit(c) ? 'D' : Character.isWhitespace(c) ? '_' : '?');
        }
        System.out.println(kinds);
        System.out.println(sample.toUpperCase() + "|" + sample.toLowerCase());
        char c = 'A';
        c += 2;
        c++;
        System.out.println(c + " " + (int) c + " " + (char) (c + 1) + " " + (c > 'B') + " " + Character.toChars(0x41)[0]);
        System.out.println(Character.isUpperCase('Q') + " " + Character.isLowerCase('Q') + " " + Character.isLetterOrDigit('_') + " " + Character.digit('f', 16));
        System.out.println(Character.toString(97) + " " + Character.valueOf('z').compareTo('a') + " " + Character.MAX_VALUE + 0 + " " + (int) Character.MIN_VALUE);
        String emoji = "a\uD83D\uDE00b";
        System.out.println(emoji.length() + " " + emoji.codePointCount(0, emoji.length()) + " " + emoji.codePointAt(1) + " " + Character.isSurrogate(emoji.charAt(1)));
        int[] counts = new int[26];
        for (char ch : "the quick brown fox jumps over the lazy dog".toCharArray()) if (ch >= 'a' && ch <= 'z') counts[ch - 'a']++;
        StringBuilder hist = new StringBuilder();
        for (int i = 0; i < 26; i++) if (counts[i] > 1) hist.append((char) ('a' + i)).append(counts[i]);
        System.out.println(hist);
    }
}
