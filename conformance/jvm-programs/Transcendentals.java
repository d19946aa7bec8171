public class Transcendentals {
    public static void main(String[] args) {
        double[] xs = { 0.0, 0.5, 1.0, 2.0, 3.141592653589793, 10.0, -1.5, 1e-10, 100.25 };
        for (double x : xs) {
            System.out.println(x + " sqrt=" + Math.sqrt(x) + " cbrt=" + Math.cbrt(x) + " exp=" + Math.exp(x) + " log=" + Math.log(x) + " log10=" + Math.log10(x));
            System.out.println("  sin=" + Math.sin(x) + " cos=" + Math.cos(x) + " tan=" + Math.tan(x) + " atan=" + Math.atan(x) + " sinh=" + Math.sinh(x) + " tanh=" + Math.tanh(x));
            System.out.println("  strict sin=" + StrictMath.sin(x) + " cos=" + StrictMath.cos(x) + " exp=" + StrictMath.exp(x) + " log=" + StrictMath.log(x) + " pow=" + StrictMath.pow(x, 1.5) + " expm1=" + StrictMath.expm1(x) + " log1p=" + StrictMath.log1p(x));
        }
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(10, 15) + " " + Math.pow(1.0000001, 1e7));
        System.out.println(Math.atan2(1, 1) + " " + Math.atan2(-1, -1) + " " + Math.asin(1) + " " + Math.acos(0) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.E);
        System.out.println(Math.abs(-7) + " " + Math.abs(-7L) + " " + Math.abs(-7.5f) + " " + Math.max(3L, 9L) + " " + Math.min(-0.0, 0.0) + " " + Math.signum(-3.2) + " " + Math.floorDiv(-7L, 2L) + " " + Math.absExact(-5));
        System.out.println(Math.log(Math.E) + " " + Math.exp(1) + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.sqrt(Double.MAX_VALUE) + " " + Math.cbrt(-27) + " " + Math.hypot(1e200, 1e200));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) sum += Math.sin(i) * Math.cos(i / 2.0);
        System.out.println(sum);
        System.out.println(StrictMath.sqrt(2) + " " + StrictMath.cbrt(2) + " " + StrictMath.hypot(3, 4) + " " + StrictMath.atan2(3, 4) + " " + StrictMath.floor(-2.5) + " " + StrictMath.IEEEremainder(7, 2) + " " + StrictMath.cosh(1) + " " + StrictMath.log10(1000));
    }
}
