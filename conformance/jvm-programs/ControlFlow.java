public class ControlFlow {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i * 10 + j + " ");
            }
        }
        System.out.println();
        int n = 27, steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz steps " + steps);
        int k = 0;
        do {
            k += 3;
        } while (k < 20);
        System.out.println(k);
        char grade = 'B';
        switch (grade) {
            case 'A': System.out.println("excellent"); break;
            case 'B':
            case 'C': System.out.println("good"); // fall through next
            case 'D': System.out.println("passed"); break;
            default: System.out.println("unknown");
        }
        String s = "BB".hashCode() == "Aa".hashCode() ? "collide" : "distinct";
        switch ("Aa") {
            case "BB" -> System.out.println("BB " + s);
            case "Aa" -> System.out.println("Aa " + s);
            default -> System.out.println("none");
        }
        Object o = 42;
        if (o instanceof Integer i && i > 40) {
            System.out.println("pattern " + (i + 1));
        }
        long big = 0;
        for (int i = 0; i < 100000; i++) big += i % 7 == 0 ? i : -1;
        System.out.println(big);
        boolean a = true, b = false;
        System.out.println((a && !b) + " " + (a || b) + " " + (a ^ b) + " " + (a & b) + " " + (!a | b));
    }
}
