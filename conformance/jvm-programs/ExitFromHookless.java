public class ExitFromHookless {
    public static void main(String[] args) {
        System.out.print("no newline, then exit ");
        System.err.print("err without newline");
        Runtime.getRuntime().exit(-1);
    }
}
