public class MathFunctions {
    public static void main(String[] args) {
        double[] xs = { 0.0, -0.0, 0.5, 1.0, 2.0, 3.141592653589793, 10.0, -1.5, 1e-10, 100.25, 1e300, Double.NaN, Double.NEGATIVE_INFINITY };
        for (double x : xs) {
            System.out.println(x + " sqrt=" + Math.sqrt(x) + " cbrt=" + Math.cbrt(x) + " abs=" + Math.abs(x) + " floor=" + Math.floor(x) + " ceil=" + Math.ceil(x) + " rint=" + Math.rint(x) + " round=" + Math.round(x) + " signum=" + Math.signum(x) + " ulp=" + Math.ulp(x));
            System.out.println("  pow2=" + Math.pow(x, 2) + " pow.5=" + Math.pow(x, 0.5) + " 2^x=" + Math.pow(2, x) + " hypot=" + Math.hypot(x, 1) + " strictCbrt=" + StrictMath.cbrt(x) + " strictPow=" + StrictMath.pow(x, 3) + " exact=" + StrictMath.sqrt(x));
        }
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(10, 15) + " " + Math.pow(-2, 3) + " " + Math.pow(-0.0, -1) + " " + Math.pow(Double.NaN, 0));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.E + " " + Math.PI);
        System.out.println(Math.abs(-7) + " " + Math.abs(-7L) + " " + Math.abs(-7.5f) + " " + Math.max(3L, 9L) + " " + Math.min(-0.0, 0.0) + " " + Math.signum(-3.2) + " " + Math.floorDiv(-7L, 2L) + " " + Math.absExact(-5));
        System.out.println(Math.sqrt(Double.MAX_VALUE) + " " + Math.cbrt(-27) + " " + Math.hypot(1e200, 1e200) + " " + Math.hypot(3, 4) + " " + Math.cbrt(2) + " " + Math.sqrt(2));
        double acc = 0;
        for (int i = 1; i <= 1000; i++) acc += Math.sqrt(i) / Math.cbrt(i + 1.0) + Math.pow(i, 0.25);
        System.out.println(acc);
        System.out.println(Math.floorMod(-7, 3) + " " + Math.floorMod(7, -3) + " " + Math.floorMod(-7L, 3));
    }
}
