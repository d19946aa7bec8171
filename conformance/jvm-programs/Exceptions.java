public class Exceptions {
    static class MyException extends Exception {
        MyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static int depth(int n) throws MyException {
        if (n == 0) {
            try {
                Object o = null;
                return o.hashCode();
            } catch (NullPointerException e) {
                throw new MyException("wrapped", e);
            }
        }
        return depth(n - 1);
    }

    static String tryFinally() {
        StringBuilder log = new StringBuilder();
        try {
            log.append("try;");
            throw new IllegalStateException("boom");
        } catch (IllegalStateException e) {
            log.append("catch ").append(e.getMessage()).append(';');
        } finally {
            log.append("finally");
        }
        return log.toString();
    }

    public static void main(String[] args) {
        System.out.println(tryFinally());
        try {
            depth(3);
        } catch (MyException e) {
            System.out.println(e.getMessage() + " cause=" + e.getCause().getClass().getName());
            StackTraceElement[] trace = e.getStackTrace();
            for (StackTraceElement element : trace) {
                System.out.println("  " + element);
            }
        }
        try {
            int[] a = new int[3];
            a[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            Object s = "string";
            Integer i = (Integer) s;
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Object[] objects = new String[1];
            objects[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
        try {
            int[] negative = new int[-5];
        } catch (NegativeArraySizeException e) {
            System.out.println(e);
        }
        try {
            throw new UnsupportedOperationException();
        } catch (RuntimeException e) {
            System.out.println(e);
        }
        new RuntimeException("printed").printStackTrace();
        throw new IllegalArgumentException("uncaught at the end");
    }
}
