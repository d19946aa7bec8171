public class FloatingPoint {
    public static void main(String[] args) {
        double[] ds = { 0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.141592653589793 };
        for (double d : ds) {
            System.out.println(d + " " + (int) d + " " + (long) d + " " + (float) d + " " + (d < 1.0) + " " + (d > 1.0) + " " + (d == d));
        }
        float f = 0.1f;
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += 0.1;
            f += 0.1f;
        }
        System.out.println(sum);
        System.out.println(f);
        System.out.println(1.0 / 0 + " " + -1.0 / 0 + " " + 0.0 / 0);
        System.out.println(5.5 % 2 + " " + -5.5 % 2 + " " + 5.5f % -2f);
        System.out.println((int) Float.NaN + " " + (long) 1e30f + " " + (int) -1e30);
        System.out.println(Math.sqrt(2) + " " + Math.abs(-3.5) + " " + Math.max(1.5, 2.5) + " " + Math.floor(-1.5) + " " + Math.ceil(-1.5));
        System.out.println(Double.compare(0.0, -0.0) + " " + Float.compare(Float.NaN, 1f));
        System.out.println(Double.doubleToLongBits(1.0) + " " + Float.floatToIntBits(-2.5f));
        System.out.println(Double.MIN_VALUE + " " + Float.MAX_VALUE + " " + 100.0 + " " + 1e7 + " " + 1.0E-5 + " " + 123456.789f);
    }
}
