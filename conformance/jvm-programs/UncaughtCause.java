public class UncaughtCause {
    static void parse(String text) {
        try {
            Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad input: " + text, e);
        }
    }

    static void load() {
        try {
            parse("forty-two");
        } catch (IllegalArgumentException e) {
            throw new RuntimeException("load failed", e);
        }
    }

    public static void main(String[] args) {
        System.out.println("starting");
        load();
    }
}
