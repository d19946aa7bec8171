public class ExceptionChains {
    static class AppException extends RuntimeException {
        AppException(String message, Throwable cause) { super(message, cause); }
    }

    static void level3() { throw new IllegalStateException("deepest"); }

    static void level2() {
        try {
            level3();
        } catch (IllegalStateException e) {
            throw new AppException("middle", e);
        }
    }

    static int finallyOverrides() {
        try {
            return 1;
        } finally {
            System.out.println("finally runs before return");
        }
    }

    @SuppressWarnings("finally")
    static int finallyReturns() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 2;
        }
    }

    public static void main(String[] args) {
        System.out.println(finallyOverrides() + " " + finallyReturns());
        try {
            Object o = args.length > 5 ? "x" : null;
            o.toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            System.out.println("multi-catch " + e.getClass().getSimpleName());
        }
        try {
            Integer.parseInt("12x");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.addExact(Integer.MAX_VALUE, 1);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            java.util.List.of(1).add(2);
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable " + e.getMessage());
        }
        try {
            new java.util.ArrayList<Integer>().get(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            "abc".substring(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            new java.util.ArrayList<>(java.util.List.of(1, 2)).iterator().forEachRemaining(x -> { throw new RuntimeException("in lambda " + x); });
        } catch (RuntimeException e) {
            System.out.println(e.getMessage());
        }
        level2();
    }
}
