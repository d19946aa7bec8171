public class Environment {
    public static void main(String[] args) {
        System.out.println(System.getenv("PATH") != null);
        System.out.println(System.getenv("HAWK_SURELY_UNSET_VARIABLE"));
        System.out.println(System.getenv().containsKey("PATH"));
        System.out.println(Runtime.getRuntime().availableProcessors() > 0);
        System.out.println(Runtime.getRuntime().maxMemory() > 0);
        long before = System.currentTimeMillis();
        long nanos = System.nanoTime();
        System.out.println(System.currentTimeMillis() >= before && System.nanoTime() >= nanos);
        System.out.println(System.getProperty("user.dir") != null && System.getProperty("java.home") != null);
        System.out.println(System.getProperty("os.name") + " " + System.getProperty("file.encoding").isEmpty());
        System.out.println(args.length);
    }
}
