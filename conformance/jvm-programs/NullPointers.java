import java.util.List;

public class NullPointers {
    static String staticText;
    String name;
    NullPointers next;
    int[] numbers;

    static String nothing() {
        return null;
    }

    static void attempt(Runnable action) {
        try {
            action.run();
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }

    static int length(String parameter) {
        return parameter.length();
    }

    public static void main(String[] args) {
        NullPointers object = new NullPointers();
        String local = args.length > 10 ? "x" : null;
        attempt(() -> System.out.println(local.length()));
        attempt(() -> System.out.println(staticText.isEmpty()));
        attempt(() -> System.out.println(object.name.trim()));
        attempt(() -> System.out.println(object.next.name));
        attempt(() -> object.next.next = object);
        attempt(() -> System.out.println(object.numbers[0]));
        attempt(() -> object.numbers[1] = 3);
        attempt(() -> System.out.println(object.numbers.length));
        attempt(() -> System.out.println(nothing().toUpperCase()));
        attempt(() -> length(null));
        attempt(() -> {
            String[] texts = new String[2];
            System.out.println(texts[1].length());
        });
        attempt(() -> {
            List<String> list = null;
            list.size();
        });
        attempt(() -> {
            RuntimeException e = null;
            throw e;
        });
        attempt(() -> {
            Object lock = null;
            synchronized (lock) {
                System.out.println("unreachable");
            }
        });
        attempt(() -> {
            throw new NullPointerException();
        });
        attempt(() -> {
            throw new NullPointerException("explicit message");
        });
        Integer boxed = null;
        int unboxed = boxed;
    }
}
