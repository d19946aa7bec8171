public class InitializerErrors {
    static class Fragile {
        static int value = compute();
        static int compute() {
            if (value == 0) throw new IllegalStateException("fragile init failed");
            return 1;
        }
        static void use() { System.out.println("never"); }
    }
    static class Checked {
        static final int[] DATA = new int[2];
        static { DATA[5] = 1; }
    }
    static class ErrorInInit {
        static { if (true) throw new AssertionError("custom error"); }
    }

    public static void main(String[] args) {
        try {
            Fragile.use();
        } catch (ExceptionInInitializerError e) {
            System.out.println("1: " + e + " cause=" + e.getCause() + " msg=" + e.getMessage());
        }
        try {
            Fragile.use();
        } catch (NoClassDefFoundError e) {
            System.out.println("2: " + e.getMessage() + " cause=" + e.getCause());
        }
        try {
            System.out.println(Fragile.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("3: " + e.getClass().getName());
        }
        try {
            new Checked();
        } catch (ExceptionInInitializerError e) {
            System.out.println("4: " + e.getCause());
        }
        try {
            Object[] arr = new Checked[1];
            System.out.println("5: array of failed class ok " + arr.length);
        } catch (Throwable t) {
            System.out.println("5: " + t);
        }
        try {
            new ErrorInInit();
        } catch (Throwable t) {
            System.out.println("6: " + t);
        }
        try {
            Class.forName("InitializerErrors$Fragile");
        } catch (Throwable t) {
            System.out.println("7: " + t);
        }
    }
}
