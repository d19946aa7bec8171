public class CharOps {
    public static void main(String[] args) {
        StringBuilder classes = new StringBuilder();
        for (char c : "aZ9 _$\t.\u00e9\u0660".toCharArray()) {
            classes.append(Character.isLetter(c) ? 'L' : '-').append(Character.isDigit(c) ? 'D' : '-').append(Character.isLetterOrDigit(c) ? 'A' : '-')
                .append(Character.isWhitespace(c) ? 'W' : '-').append(Character.isUpperCase(c) ? 'U' : '-').append(Character.isLowerCase(c) ? 'l' : '-')
                .append(Character.isJavaIdentifierPart(c) ? 'J' : '-').append(' ');
        }
        System.out.println(classes);
        System.out.println(Character.toUpperCase('q') + " " + Character.toLowerCase('Q') + " " + Character.toTitleCase('x') + " " + Character.getNumericValue('z') + " " + Character.getNumericValue('\u2167') + " " + Character.digit('Z', 36) + " " + Character.forDigit(35, 36));
        System.out.println((int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " " + Character.MAX_CODE_POINT + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + Character.BYTES + " " + Character.reverseBytes('\u1234'));
        char c = 'A';
        c++;
        c += 2;
        int code = c;
        char back = (char) (code + 20);
        System.out.println(c + " " + code + " " + back + " " + (char) 0x263A + " " + (c < 'Z') + " " + (char) ('a' + 25) + " " + ('7' - '0'));
        String caesar = "Hello, World";
        StringBuilder enc = new StringBuilder();
        for (char ch : caesar.toCharArray()) {
            if (Character.isUpperCase(ch)) enc.append((char) ('A' + (ch - 'A' + 3) % 26));
            else if (Character.isLowerCase(ch)) enc.append((char) ('a' + (ch - 'a' + 3) % 26));
            else enc.append(ch);
        }
        System.out.println(enc + " " + Character.toString(97) + " " + Character.valueOf('v') + " " + Character.toString('w') + " " + Character.isDefined(0x10FFFF) + " " + Character.isISOControl('\n'));
        int[] counts = new int[26];
        for (char ch : "the quick brown fox jumps over the lazy dog".toCharArray()) if (ch != ' ') counts[ch - 'a']++;
        StringBuilder hist = new StringBuilder();
        for (int i = 0; i < 26; i++) if (counts[i] > 1) hist.append((char) ('a' + i)).append(counts[i]);
        System.out.println(hist);
        char[] digits = new char[10];
        for (int i = 0; i < 10; i++) digits[i] = Character.forDigit(i, 10);
        System.out.println(String.valueOf(digits) + " " + String.valueOf(digits, 3, 4) + " " + new String(digits).chars().map(Character::getNumericValue).sum());
    }
}
