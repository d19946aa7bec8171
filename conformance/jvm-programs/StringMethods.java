import java.util.*;

public class StringMethods {
    public static void main(String[] args) {
        String s = "  Hello, World!  ";
        System.out.println("[" + s.trim() + "][" + s.strip() + "][" + s.stripLeading() + "][" + s.stripTrailing() + "] " + s.isBlank() + " " + "".isEmpty());
        String t = s.trim();
        System.out.println(t.length() + " " + t.charAt(4) + " " + t.indexOf('o') + " " + t.lastIndexOf('o') + " " + t.indexOf("World") + " " + t.indexOf('z') + " " + t.indexOf('o', 5));
        System.out.println(t.substring(7) + "|" + t.substring(0, 5) + "|" + t.toUpperCase() + "|" + t.toLowerCase() + "|" + t.replace('l', 'L') + "|" + t.replace("World", "There"));
        System.out.println(t.startsWith("Hell") + " " + t.endsWith("!") + " " + t.contains("lo, W") + " " + t.startsWith("World", 7) + " " + t.matches("H.*!"));
        System.out.println(Arrays.toString("a,b,,c,,".split(",")) + " " + Arrays.toString("a,b,,c,,".split(",", -1)) + " " + Arrays.toString("one  two three".split("\\s+")) + " " + Arrays.toString("x1y22z333".split("\\d+", 2)));
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join("/", List.of("x", "y")) + " " + "ab".repeat(3) + " " + "=".repeat(0).length());
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd") + " " + "ABC".compareToIgnoreCase("abd") + " " + "Hello".equalsIgnoreCase("hELLO"));
        System.out.println("hello".hashCode() + " " + "".hashCode() + " " + "The quick brown fox".hashCode());
        System.out.println(String.valueOf(3.5) + String.valueOf(true) + String.valueOf('c') + String.valueOf(12L) + String.valueOf((Object) null) + String.valueOf(new char[] { 'x', 'y' }));
        System.out.println("a-b-c".replaceAll("-", "+") + " " + "aaa".replaceFirst("a", "b") + " " + "Mississippi".replaceAll("ss", "SS") + " " + "x".concat("y") + " " + "tacocat".chars().filter(c -> c == 'c').count());
        System.out.println("abc".regionMatches(1, "xbc", 1, 2) + " " + "Hello".regionMatches(true, 0, "HELLO", 0, 5) + " " + "abc".contentEquals(new StringBuilder("abc")) + " " + "line1\nline2\r\nline3".lines().count());
        char[] cs = new char[3];
        "abcdef".getChars(1, 4, cs, 0);
        System.out.println(new String(cs) + " " + new String(cs, 1, 2) + " " + String.copyValueOf(cs) + " " + "x".isEmpty() + " " + " ".isBlank() + " " + "ß".toUpperCase().length());
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            "abc".substring(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        String interned = new String("lit").intern();
        System.out.println((interned == "lit") + " " + ("li" + "t" == "lit") + " " + "Text".indent(2).replace("\n", "$") + " " + "  a\n   b".stripIndent().replace("\n", "$") + " " + "tab\\there".translateEscapes());
    }
}
