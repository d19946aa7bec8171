public class MainClassInitFailure {
    static int value = Integer.parseInt("oops");
    public static void main(String[] args) { System.out.println(value); }
}
