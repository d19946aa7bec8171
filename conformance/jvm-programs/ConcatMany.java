public class ConcatMany {
    public static void main(String[] args) {
        int i = 1; long l = 2L; float f = 3.5f; double d = 4.25; char c = 'c'; boolean b = true; byte by = -1; short sh = 300;
        Object o = null; String s = "str"; int[] arr = null; StringBuilder sb = new StringBuilder("sb");
        System.out.println(i + l + f + d + "|" + c + b + by + sh + o + s + arr + sb);
        System.out.println("" + c + c + (char) (c + 1) + (c + 1));
        System.out.println(s + 1 + 2 + " " + (1 + 2) + s + " " + 1.0f / 3 + " " + Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + Long.MIN_VALUE);
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k + ",";
        System.out.println(acc);
        String many = "a" + i + "b" + i + "c" + i + "d" + i + "e" + i + "f" + i + "g" + i + "h" + i + "i" + i + "j" + i
            + "k" + l + "l" + l + "m" + l + "n" + l + "o" + d + "p" + d + "q" + f + "r" + c + "s" + b + "t" + s;
        System.out.println(many);
        System.out.println("\u0001 and \u0002 in constants " + i + '\u0001' + "\u0002");
    }
}
