public class Strings {
    public static void main(String[] args) {
        String s = "Hello, Hawkbeans";
        System.out.println(s.length());
        System.out.println(s.toUpperCase());
        System.out.println(s.toLowerCase());
        System.out.println(s.substring(7));
        System.out.println(s.indexOf("Hawk") + " " + s.lastIndexOf('a') + " " + s.charAt(4));
        System.out.println(s.replace('l', 'L'));
        System.out.println(s.contains("beans") + " " + s.startsWith("Hell") + " " + s.endsWith("x"));
        System.out.println(String.join("|", "a", "b", "c"));
        System.out.println("  trim me  ".trim() + "!");
        System.out.println("a,b,,c".split(",").length);
        for (String part : "x-y-z".split("-")) {
            System.out.print(part);
        }
        System.out.println();
        System.out.println("abc".compareTo("abd") + " " + "b".compareTo("a") + " " + "abc".equals("abc") + " " + "ABC".equalsIgnoreCase("abc"));
        System.out.println("repeat".repeat(3));
        System.out.println(String.valueOf(new char[] { 'c', 'h', 'a', 'r' }));
        System.out.println("héllo wörld ünïcode €".length());
        System.out.println("hash " + "hello".hashCode() + " " + "".hashCode());
        String a = "inter";
        String b = new String("inter");
        System.out.println((a == b) + " " + (a == b.intern()) + " " + a.equals(b));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(i).append(',');
        }
        sb.setLength(sb.length() - 1);
        System.out.println(sb.reverse());
        System.out.println(sb.insert(0, "[").append(']').toString());
        System.out.println(Integer.parseInt("-1234") + Integer.valueOf(34) + Long.parseLong("9999999999"));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toBinaryString(5) + " " + Integer.toHexString(-1));
        char[] cs = s.toCharArray();
        java.util.Arrays.sort(cs);
        System.out.println(new String(cs).trim());
    }
}
