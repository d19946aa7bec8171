public class Switches {
    enum Color { RED, GREEN, BLUE }

    static String kind(String s) {
        switch (s) {
            case "apple":
            case "pear":
                return "fruit";
            case "carrot":
                return "vegetable";
            default:
                return "unknown";
        }
    }

    static int dense(int x) {
        switch (x) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            default: return -1;
        }
    }

    static int sparse(int x) {
        switch (x) {
            case -1000: return 1;
            case 7: return 2;
            case 1000000: return 3;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        for (String s : new String[] { "apple", "pear", "carrot", "stone" }) {
            System.out.println(s + " " + kind(s));
        }
        for (int i = -1; i < 5; i++) {
            System.out.print(dense(i) + " ");
        }
        System.out.println();
        System.out.println(sparse(-1000) + " " + sparse(7) + " " + sparse(1000000) + " " + sparse(8));
        for (Color c : Color.values()) {
            switch (c) {
                case RED -> System.out.println("r " + c.ordinal());
                case GREEN -> System.out.println("g " + c.name());
                default -> System.out.println("other " + c);
            }
        }
        System.out.println(Color.valueOf("BLUE").compareTo(Color.RED));
        int v = 3;
        String text = switch (v) {
            case 1, 2 -> "small";
            case 3 -> {
                String t = "three";
                yield t.toUpperCase();
            }
            default -> "big";
        };
        System.out.println(text);
    }
}
