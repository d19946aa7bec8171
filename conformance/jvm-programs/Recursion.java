public class Recursion {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long ackermann(long m, long n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int depth = 0;

    static void deep() {
        depth++;
        deep();
    }

    public static void main(String[] args) {
        System.out.println(fib(20));
        System.out.println(ackermann(2, 3));
        try {
            deep();
        } catch (StackOverflowError e) {
            System.out.println("stack overflow caught: " + (depth > 1000));
        }
    }
}
