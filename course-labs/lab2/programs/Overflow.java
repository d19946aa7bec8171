// Lab 2, part "arithmetic": where Java's rules differ from a C# cast or division: MIN_VALUE / -1 wraps,
// float and double to int and long saturate and map NaN to 0 (JVMS 2.8.3), and comparisons with NaN follow
// fcmpl/fcmpg (JVMS 6.5).
public class Overflow {
    static final double[] DOUBLES = { 0.0, -0.0, 3.7, -3.7, 0.5, -0.5, 1e10, -1e10, 1e20, -1e20, 2147483647.5, -2147483648.5,
        9.3e18, -9.3e18, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN };

    public static void main(String[] args) {
        int min = Integer.MIN_VALUE;
        long lmin = Long.MIN_VALUE;
        int minusOne = args.length - 1;
        System.out.println("int MIN / -1 = " + (min / minusOne) + ", MIN % -1 = " + (min % minusOne));
        System.out.println("long MIN / -1 = " + (lmin / minusOne) + ", MIN % -1 = " + (lmin % minusOne));
        System.out.println("MAX + 1 = " + (Integer.MAX_VALUE + 1 + args.length) + ", -MIN = " + (-min) + ", MIN * -1 = " + (min * minusOne));
        for (double d : DOUBLES) {
            float f = (float) d;
            System.out.println("d2i " + (int) d + " d2l " + (long) d + " f2i " + (int) f + " f2l " + (long) f);
        }
        double nan = Double.NaN;
        float fnan = Float.NaN;
        int count = 0;
        for (double d : DOUBLES) {
            String line = "cmp " + count++ + ":";
            line += (d < nan) ? " lt" : " !lt";
            line += (d > nan) ? " gt" : " !gt";
            line += (d == nan) ? " eq" : " !eq";
            line += (nan <= d) ? " le" : " !le";
            line += (nan >= d) ? " ge" : " !ge";
            float f = (float) d;
            line += (f < fnan || fnan < f) ? " flt" : " !flt";
            line += (f > 1.0f) ? " f>1" : " !f>1";
            line += (d >= 0.5) ? " d>=.5" : " !d>=.5";
            System.out.println(line);
        }
        double[] values = { 3.0, nan, -1.0, 2.0, nan, 0.0 };
        int smaller = 0;
        for (double a : values) {
            for (double b : values) {
                if (a < b) {
                    smaller++;
                }
            }
        }
        System.out.println("pairs a < b: " + smaller);
    }
}
