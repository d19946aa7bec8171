public class DoubleParsing {
    public static void main(String[] args) {
        String[] inputs = { "0", "-0.0", "1.5", "  3.25  ", "1e10", "1E-5", ".5", "5.", "0x1.8p1", "NaN", "-Infinity", "+Infinity", "1d", "2.5f", "123456789012345678901234567890", "4.9e-324", "1e-400", "1e400", "0.1", "3.4028235e38" };
        for (String s : inputs) {
            double d = Double.parseDouble(s);
            float f = Float.parseFloat(s);
            System.out.println("[" + s + "] " + d + " " + f + " " + Double.toString(d) + " " + Float.toString(f));
        }
        for (String bad : new String[] { "", "abc", "1.2.3", "1e", "--1", "0x1" }) {
            try {
                Double.parseDouble(bad);
                System.out.println("parsed " + bad);
            } catch (NumberFormatException e) {
                System.out.println(e.getMessage());
            }
        }
        double[] values = { 1.0 / 3, 2.0 / 3, 100.0, 1234567.0, 12345678.0, 0.001, 0.0001, 1e-3, 9.999999999999999e22, 1e23, 5e-324, 2.2250738585072014E-308, 0.1 + 0.7, 1.1 * 1.1, 123.456e10 };
        for (double v : values) System.out.print(v + " " + (float) v + " | ");
        System.out.println();
        System.out.println(Double.toHexString(0.1) + " " + Double.toHexString(-2.5) + " " + Float.toHexString(0.1f) + " " + Double.valueOf("1e2").intValue() + " " + Double.MAX_EXPONENT + " " + Double.MIN_EXPONENT);
        System.out.println(Double.isNaN(Double.parseDouble("NaN")) + " " + Double.isInfinite(1e308 * 10) + " " + Double.isFinite(Double.MIN_VALUE) + " " + Float.MIN_EXPONENT + " " + Double.hashCode(1.5) + " " + Float.hashCode(2.5f));
        float f = 0;
        for (int i = 0; i < 20; i++) {
            f = f * 10 + 0.7f;
            System.out.print(f + " ");
        }
        System.out.println();
    }
}
