public class ShutdownHooks {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
        System.out.println("main done");
        try {
            System.exit(3);
        } finally {
            System.out.println("finally does not run");
        }
    }
}
