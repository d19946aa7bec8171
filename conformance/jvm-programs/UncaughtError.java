public class UncaughtError {
    static class Boom extends Error {
        Boom(String m) { super(m); }
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
        try {
            throw new Boom("inner");
        } finally {
            System.out.println("finally ran");
        }
    }
}
