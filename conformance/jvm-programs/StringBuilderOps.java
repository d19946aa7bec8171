public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello");
        sb.append(' ').append(42).append(' ').append(3.5).append(' ').append(true).append(' ').append(7L).append(' ').append(2.5f).append(' ').append((Object) null).append(' ').append(new char[] { 'a', 'b' });
        System.out.println(sb + " len=" + sb.length());
        sb.insert(0, "[").insert(sb.length(), ']').insert(6, 123);
        System.out.println(sb);
        sb.delete(1, 6).deleteCharAt(0).reverse();
        System.out.println(sb);
        sb.setLength(5);
        sb.setCharAt(0, 'X');
        sb.replace(1, 3, "abcdef");
        System.out.println(sb + " " + sb.indexOf("cd") + " " + sb.lastIndexOf("f") + " " + sb.charAt(2) + " " + sb.substring(3) + " " + sb.subSequence(0, 2));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.toString().hashCode() + " " + big.substring(1990));
        StringBuilder cp = new StringBuilder().appendCodePoint(0x1F600).appendCodePoint('A');
        System.out.println(cp.length() + " " + cp.codePointCount(0, cp.length()) + " " + cp.codePointAt(0));
        StringBuilder cmp1 = new StringBuilder("abc"), cmp2 = new StringBuilder("abd");
        System.out.println(cmp1.compareTo(cmp2) + " " + cmp1.equals(new StringBuilder("abc")) + " " + "abc".contentEquals(cmp1));
        StringBuffer buffer = new StringBuffer();
        buffer.append("sync").append(1).insert(0, '>').reverse();
        System.out.println(buffer + " " + buffer.length());
        StringBuilder pal = new StringBuilder("racecar");
        System.out.println(pal.toString().equals(pal.reverse().toString()));
        StringBuilder chained = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) chained.insert(0, c);
        System.out.println(chained);
        try {
            sb.insert(100, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            sb.deleteCharAt(50);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        StringBuilder unicode = new StringBuilder("a\u00e9\u4e2d");
        unicode.append('\u03a9');
        System.out.println(unicode.length() + " " + (int) unicode.charAt(1) + " " + (int) unicode.reverse().charAt(0));
    }
}
