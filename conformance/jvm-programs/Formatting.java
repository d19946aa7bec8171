public class Formatting {
    public static void main(String[] args) {
        System.out.println(String.format("%.3f", 2.0 / 3));
        System.out.println(String.format("%5d|%-5s|%05.1f|%x", 42, "ab", 3.14159, 255));
        System.out.printf("%s has %d items costing %.2f%n", "cart", 3, 9.5);
    }
}
