public class DoubleEdgeCases {
    static double id(double x) { return x; }

    public static void main(String[] args) {
        double[] ds = { 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e21, 1e-7, 123456789012.345, 1e16, 9007199254740993.0, 5e-324, 1.7976931348623157e308, 0.001, 1e-3 * 3, 100, 12345678.9 };
        for (double d : ds) {
            System.out.println(d + " " + (float) d + " " + (long) d + " " + (int) d);
        }
        double nan = id(Double.NaN), inf = id(Double.POSITIVE_INFINITY);
        System.out.println((inf - inf) + " " + (inf * 0) + " " + (inf + 1) + " " + (-inf) + " " + (1 / inf) + " " + (nan * 0));
        System.out.println((long) inf + " " + (long) -inf + " " + (long) nan + " " + (int) 3.99 + " " + (int) -3.99 + " " + (char) 65.7 + " " + (byte) 300.5 + " " + (short) -40000.9);
        System.out.println(Double.compare(nan, inf) + " " + Double.compare(-0.0, 0.0) + " " + (nan == nan) + " " + Double.valueOf(nan).equals(nan) + " " + (0.0 == -0.0));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(-2.51) + " " + Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.rint(-2.5));
        System.out.println(Math.floor(-0.5) + " " + Math.ceil(-0.5) + " " + Math.floor(2.0) + " " + Math.ceil(1e300) + " " + Math.round(1e20) + " " + Math.round(nan));
        System.out.println(Double.doubleToLongBits(nan) + " " + Double.doubleToRawLongBits(-0.0) + " " + Double.longBitsToDouble(0x3ff0000000000001L) + " " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE));
        System.out.println(Math.ulp(1.0) + " " + Math.nextAfter(1.0, 2.0) + " " + Math.scalb(1.5, 10) + " " + Math.getExponent(0.1) + " " + Math.IEEEremainder(10, 3) + " " + Math.hypot(3, 4));
        System.out.println((5.5 % -2) + " " + (-5.5 % -2) + " " + (1e300 * 1e10) + " " + (-1e-300 / 1e10) + " " + (0.1 * 3) + " " + (0.7 + 0.1) + " " + (4.35 * 100));
        double acc = 0;
        for (int i = 1; i <= 100; i++) acc += 1.0 / i;
        System.out.println(acc + " " + Math.sqrt(-1) + " " + Math.sqrt(id(1e-310)) + " " + Math.abs(-0.0) + " " + Math.fma(0.1, 10, -1));
    }
}
