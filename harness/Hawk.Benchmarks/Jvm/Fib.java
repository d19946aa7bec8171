public class Fib {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        int result = fib(32);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("fib(32) = " + result);
        System.out.println("time_ms=" + ms);
    }
}
