public class UncaughtWithCause {
    static void parse(String s) {
        try {
            Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("config broken", e);
        }
    }

    static void load() {
        parse("12x");
    }

    public static void main(String[] args) {
        System.out.println("starting");
        System.err.println("to stderr first");
        load();
        System.out.println("unreachable");
    }
}
