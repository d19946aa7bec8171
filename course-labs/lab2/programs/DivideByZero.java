// Lab 2, part "arithmetic": division by zero throws ArithmeticException for int and long, never for double,
// and the quotient of a division that did not throw is still exact.
public class DivideByZero {
    static int divide(int a, int b) {
        return a / b;
    }

    public static void main(String[] args) {
        int zero = args.length;
        long lzero = args.length;
        int[] numerators = { 10, -10, Integer.MIN_VALUE, 0 };
        for (int n : numerators) {
            try {
                System.out.println(n + " / 0 = " + (n / zero));
            } catch (ArithmeticException e) {
                System.out.println(n + " / 0 threw " + e.getMessage());
            }
            try {
                System.out.println(n + " % 0 = " + (n % zero));
            } catch (ArithmeticException e) {
                System.out.println(n + " % 0 threw " + e.getMessage());
            }
            try {
                System.out.println(n + " / 0L = " + (n / lzero));
            } catch (ArithmeticException e) {
                System.out.println(n + " / 0L threw " + e.getMessage());
            }
            System.out.println(n + " / 7 = " + (n / 7) + " rem " + (n % 7) + ", / -7 = " + (n / -7) + " rem " + (n % -7));
            System.out.println(n + " / 0.0 is infinite: " + Double.isInfinite(n / (double) zero));
        }
        System.out.println("now an uncaught one");
        System.out.println(divide(1, zero));
    }
}
