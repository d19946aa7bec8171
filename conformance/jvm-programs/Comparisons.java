public class Comparisons {
    static String cmp(long a, long b) { return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : ""); }
    static String cmp(double a, double b) { return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : ""); }
    static String cmp(float a, float b) { return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : ""); }
    static String cmpi(int a, int b) { return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : ""); }

    public static void main(String[] args) {
        int[] is = { Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE };
        for (int a : is) {
            StringBuilder line = new StringBuilder();
            for (int b : is) line.append(cmpi(a, b)).append(' ');
            System.out.println(line);
        }
        long[] ls = { Long.MIN_VALUE, 0, Long.MAX_VALUE };
        for (long a : ls) for (long b : ls) System.out.print(cmp(a, b) + " ");
        System.out.println();
        double[] ds = { Double.NEGATIVE_INFINITY, -0.0, 0.0, 1.0, Double.NaN };
        for (double a : ds) for (double b : ds) System.out.print(cmp(a, b) + "|");
        System.out.println();
        float[] fs = { -1f, 0f, Float.NaN };
        for (float a : fs) for (float b : fs) System.out.print(cmp(a, b) + "|");
        System.out.println();
        for (double a : ds) for (double b : ds) System.out.print(Double.compare(a, b) + " ");
        System.out.println();
        System.out.println(Integer.compare(3, 7) + " " + Integer.compareUnsigned(-1, 1) + " " + Long.compare(5, 5) + " " + Boolean.compare(true, false) + " " + Character.compare('a', 'b'));
        Object a = "x", b = new String("x");
        System.out.println((a == b) + " " + a.equals(b) + " " + (a == b.toString().intern()) + " " + (null == null));
        int x = 5;
        boolean r = x > 3 && x++ < 10 || x++ > 100;
        boolean s = x > 3 & x++ < 10 | x++ > 100;
        System.out.println(r + " " + s + " " + x + " " + (true ^ false) + " " + (!r));
    }
}
