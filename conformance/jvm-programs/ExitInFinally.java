public class ExitInFinally {
    static int depth(int n) {
        if (n == 0) {
            System.out.println("exiting with 3");
            System.exit(3);
        }
        try {
            return depth(n - 1);
        } finally {
            System.out.println("never printed " + n);
        }
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook")));
        try {
            depth(5);
        } finally {
            System.out.println("not this either");
        }
    }
}
