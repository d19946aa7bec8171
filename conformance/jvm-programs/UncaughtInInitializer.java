public class UncaughtInInitializer {
    static class Config {
        static final String VALUE = load();
        static String load() {
            String raw = null;
            return raw.trim();
        }
    }

    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(Config.VALUE);
    }
}
