public class StringBuilding {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello world");
        sb.setCharAt(0, 'H');
        sb.replace(6, 11, "Java");
        sb.deleteCharAt(5);
        sb.insert(5, ", ");
        System.out.println(sb + " " + sb.length() + " " + sb.indexOf("Java") + " " + sb.charAt(7));
        sb.delete(0, 7);
        System.out.println(sb.reverse());
        StringBuilder unicode = new StringBuilder();
        unicode.append('α').append("βγ").append(1).append(2L).append(3.0f).append(true).append((Object) null).append(new char[] { 'x', 'y' });
        System.out.println(unicode + " " + unicode.length());
        String text = "The quick brown fox";
        System.out.println(text.chars().filter(Character::isUpperCase).count() + " " + text.replaceAll("[aeiou]", "*") + " " + text.matches(".*fox"));
        System.out.println(String.valueOf(3.0) + String.valueOf(true) + String.valueOf('c') + String.valueOf(10L));
        System.out.println("a-b-c".replace("-", "") + " " + "Mississippi".lastIndexOf("ss") + " " + "  x ".strip() + "|" + " x ".isBlank() + " " + "".isEmpty());
        System.out.println("abc".compareToIgnoreCase("ABD") + " " + "b".repeat(0).length() + " " + "Tab\there".indexOf('\t') + " " + "line1\nline2".lines().count());
        char[] chars = new char[5];
        "hello".getChars(1, 4, chars, 1);
        System.out.println(new String(chars, 1, 3) + " " + String.copyValueOf(chars).length());
        String joined = String.join(",", java.util.List.of("p", "q"));
        System.out.println(joined + " " + "x,y,,z,".split(",").length + " " + "a1b2c3".split("\\d").length);
        System.out.println("€uro".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " " + "naïve".toUpperCase() + " " + "ÉCOLE".toLowerCase());
    }
}
