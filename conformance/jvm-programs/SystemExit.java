public class SystemExit {
    public static void main(String[] args) {
        System.out.println("before exit");
        System.err.println("to stderr");
        System.exit(42);
        System.out.println("never printed");
    }
}
